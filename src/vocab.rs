//! IRIs of the terms orgkg reads and writes, one constant per term.
//!
//! The constants mirror `ontology/orgkg.ttl` (the project's own terms) and the parts of W3C ORG, FOAF,
//! schema.org, SKOS, PROV-O and RDF(S) that the data model reuses. Code never spells an IRI inline:
//! it names a constant here, so a typo is a compile error and a rename happens in one place.

use oxigraph::model::NamedNodeRef;

macro_rules! terms {
    ($ns:expr; $($(#[$doc:meta])* $name:ident = $local:literal;)*) => {
        $(
            $(#[$doc])*
            pub const $name: NamedNodeRef<'static> =
                NamedNodeRef::new_unchecked(concat!($ns, $local));
        )*
    };
}

/// The namespaces orgkg uses, with their customary prefixes.
///
/// Queries may use these prefixes without declaring them, and serializers write them.
pub const PREFIXES: &[(&str, &str)] = &[
    ("orgkg", ns::ORGKG),
    ("id", ns::ID),
    ("org", ns::ORG),
    ("schema", ns::SCHEMA),
    ("foaf", ns::FOAF),
    ("skos", ns::SKOS),
    ("prov", ns::PROV),
    ("opengov", ns::OPENGOV),
    ("rdf", ns::RDF),
    ("rdfs", ns::RDFS),
    ("owl", ns::OWL),
    ("xsd", ns::XSD),
    ("sh", ns::SH),
    ("dcterms", ns::DCTERMS),
];

/// Namespace IRIs.
pub mod ns {
    /// The project's ontology.
    pub const ORGKG: &str = "https://w3id.org/orgkg/ns#";
    /// The project's data: organizations, people, meetings and the rest.
    pub const ID: &str = "https://w3id.org/orgkg/id/";
    /// Named graphs, one per loaded source.
    pub const GRAPH: &str = "https://w3id.org/orgkg/graph/";
    /// W3C Organization Ontology.
    pub const ORG: &str = "http://www.w3.org/ns/org#";
    /// schema.org.
    pub const SCHEMA: &str = "http://schema.org/";
    /// Friend of a Friend.
    pub const FOAF: &str = "http://xmlns.com/foaf/0.1/";
    /// SKOS.
    pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
    /// PROV-O.
    pub const PROV: &str = "http://www.w3.org/ns/prov#";
    /// Popolo / opengov (`opengov:post` on a membership).
    pub const OPENGOV: &str = "http://www.w3.org/ns/opengov#";
    /// RDF.
    pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    /// RDF Schema.
    pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
    /// OWL.
    pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
    /// XML Schema datatypes.
    pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
    /// SHACL.
    pub const SH: &str = "http://www.w3.org/ns/shacl#";
    /// Dublin Core terms.
    pub const DCTERMS: &str = "http://purl.org/dc/terms/";
}

/// The project's own terms (`orgkg:`), as defined in `ontology/orgkg.ttl`.
pub mod orgkg {
    use super::NamedNodeRef;
    terms! { "https://w3id.org/orgkg/ns#";
        /// A meeting: a symposium, conference, forum or session (subclass of `schema:Event`).
        MEETING = "Meeting";
        /// A qualified node: one agent's part in one meeting, in one role.
        PARTICIPATION = "Participation";
        /// A short spoken account given at a meeting (通报), a kind of `schema:CreativeWork`.
        BRIEFING = "Briefing";
        /// A named graph holding what one source contributed.
        SOURCE_GRAPH = "SourceGraph";
        /// The concept scheme of post roles.
        POST_ROLES = "PostRoles";
        /// The concept scheme of meeting roles.
        MEETING_ROLES = "MeetingRoles";
        /// The concept scheme of organization kinds.
        ORGANIZATION_KINDS = "OrganizationKinds";
        /// The class of meeting-role concepts.
        MEETING_ROLE_CLASS = "MeetingRole";
        /// The class of organization-kind concepts.
        ORGANIZATION_KIND_CLASS = "OrganizationKind";
        /// Participation → the person or organization taking part.
        AGENT = "agent";
        /// Participation → the meeting.
        EVENT = "event";
        /// Participation → its role concept in the meeting-role scheme.
        MEETING_ROLE = "meetingRole";
        /// Participation → the organization the agent came for.
        ON_BEHALF_OF = "onBehalfOf";
        /// Participation or membership → the title as the source wrote it at the time.
        TITLE_AT_TIME = "titleAtTime";
        /// Any qualified node → the sentence the fact was read from.
        EVIDENCE = "evidence";
        /// Any qualified node → character offset where the evidence starts in the source text.
        EVIDENCE_START = "evidenceStart";
        /// Any qualified node → character offset where the evidence ends in the source text.
        EVIDENCE_END = "evidenceEnd";
        /// Membership → the date the source states the post as held.
        AS_OF = "asOf";
        /// Meeting → an organization that co-organized it (协办).
        CO_ORGANIZER = "coOrganizer";
        /// Meeting → the organization that undertook it (承办).
        UNDERTAKER = "undertaker";
        /// Meeting → a guiding unit (指导).
        GUIDING_UNIT = "guidingUnit";
        /// Meeting → a supporting unit (支持).
        SUPPORTER = "supporter";
        /// Meeting → a person who chaired it (主持).
        CHAIR = "chair";
        /// Meeting → a person who spoke at it (讲话, 致辞, 作报告, 通报, 发言, 总结讲话).
        SPEAKER = "speaker";
        /// Meeting → an agent in its exchange session (交流).
        EXCHANGE_PARTICIPANT = "exchangeParticipant";
        /// Meeting → the number of people the source says attended.
        ATTENDANCE_COUNT = "attendanceCount";
        /// Meeting → the attendance as the source words it ("50余人").
        ATTENDANCE_TEXT = "attendanceText";
        /// Report → the meeting it was presented at.
        PRESENTED_AT = "presentedAt";
        /// Meeting-role concept → the shortcut property a participation in that role implies.
        SHORTCUT_PROPERTY = "shortcutProperty";
        /// Any entity → the key its IRI was minted from (explains identity and merges).
        IDENTITY_KEY = "identityKey";
        /// Any entity → a normalized search key derived from its labels.
        SEARCH_KEY = "searchKey";
        /// Source graph → the file or stream it was loaded from.
        LOADED_FROM = "loadedFrom";
        /// Source graph → a hash of the loaded content, so reloading it is a no-op.
        CONTENT_HASH = "contentHash";
        /// Source graph → how its triples were produced (curated, extracted, rdf).
        LOAD_METHOD = "loadMethod";
        /// Any entity → an entity a curator declared to be the same.
        SAME_AS = "sameAs";
        /// Any entity → an entity a curator declared to be different.
        DIFFERENT_FROM = "differentFrom";
        /// Surviving entity → an entity merged into it when a load showed the two to be one.
        MERGED_FROM = "mergedFrom";
        /// Graph-analytics result: degree centrality.
        DEGREE = "degree";
        /// Graph-analytics result: betweenness centrality.
        BETWEENNESS = "betweenness";
        /// Graph-analytics result: the community an entity belongs to.
        COMMUNITY = "community";
    }
}

/// W3C Organization Ontology.
pub mod org {
    use super::NamedNodeRef;
    terms! { "http://www.w3.org/ns/org#";
        /// An organization with a recognized legal or social standing.
        FORMAL_ORGANIZATION = "FormalOrganization";
        /// Any organization.
        ORGANIZATION = "Organization";
        /// A department, branch or other unit of an organization.
        ORGANIZATIONAL_UNIT = "OrganizationalUnit";
        /// A position in an organization.
        POST = "Post";
        /// A role concept.
        ROLE = "Role";
        /// A person's holding of a role in an organization.
        MEMBERSHIP = "Membership";
        /// Organization → its unit.
        HAS_UNIT = "hasUnit";
        /// Unit → its organization.
        UNIT_OF = "unitOf";
        /// Organization → its parent.
        SUB_ORGANIZATION_OF = "subOrganizationOf";
        /// Organization → a kind concept.
        CLASSIFICATION = "classification";
        /// Post → its organization.
        POST_IN = "postIn";
        /// Post or membership → its role concept.
        ROLE_PROP = "role";
        /// Person → a post held.
        HOLDS = "holds";
        /// Post → the person holding it.
        HELD_BY = "heldBy";
        /// Membership → the person.
        MEMBER = "member";
        /// Membership → the organization.
        ORGANIZATION_PROP = "organization";
        /// Person → an organization they hold a post in.
        MEMBER_OF = "memberOf";
        /// Person → a person they report to.
        HEAD_OF = "headOf";
    }
}

/// schema.org.
pub mod schema {
    use super::NamedNodeRef;
    terms! { "http://schema.org/";
        /// An event.
        EVENT = "Event";
        /// A person.
        PERSON = "Person";
        /// A place.
        PLACE = "Place";
        /// A report.
        REPORT = "Report";
        /// A creative work.
        CREATIVE_WORK = "CreativeWork";
        /// A news article.
        NEWS_ARTICLE = "NewsArticle";
        /// A name.
        NAME = "name";
        /// Start date.
        START_DATE = "startDate";
        /// End date.
        END_DATE = "endDate";
        /// Event → place.
        LOCATION = "location";
        /// Event → organizer.
        ORGANIZER = "organizer";
        /// Event → sponsor.
        SPONSOR = "sponsor";
        /// Event → attendee.
        ATTENDEE = "attendee";
        /// Event → performer (chairs and speakers).
        PERFORMER = "performer";
        /// Work → author.
        AUTHOR = "author";
        /// Keywords or topics.
        KEYWORDS = "keywords";
        /// URL.
        URL = "url";
        /// Publication date.
        DATE_PUBLISHED = "datePublished";
        /// Publisher.
        PUBLISHER = "publisher";
        /// A description.
        DESCRIPTION = "description";
    }
}

/// Friend of a Friend.
pub mod foaf {
    use super::NamedNodeRef;
    terms! { "http://xmlns.com/foaf/0.1/";
        /// A person.
        PERSON = "Person";
        /// A name.
        NAME = "name";
    }
}

/// SKOS.
pub mod skos {
    use super::NamedNodeRef;
    terms! { "http://www.w3.org/2004/02/skos/core#";
        /// A concept.
        CONCEPT = "Concept";
        /// A concept scheme.
        CONCEPT_SCHEME = "ConceptScheme";
        /// The preferred label.
        PREF_LABEL = "prefLabel";
        /// Another label.
        ALT_LABEL = "altLabel";
        /// Concept → its scheme.
        IN_SCHEME = "inScheme";
        /// A short note.
        NOTATION = "notation";
        /// A definition.
        DEFINITION = "definition";
        /// A broader concept.
        BROADER = "broader";
    }
}

/// PROV-O.
pub mod prov {
    use super::NamedNodeRef;
    terms! { "http://www.w3.org/ns/prov#";
        /// An entity.
        ENTITY = "Entity";
        /// Derived from.
        WAS_DERIVED_FROM = "wasDerivedFrom";
        /// Generation time.
        GENERATED_AT_TIME = "generatedAtTime";
        /// Attributed to.
        WAS_ATTRIBUTED_TO = "wasAttributedTo";
        /// Generated by.
        WAS_GENERATED_BY = "wasGeneratedBy";
    }
}

/// Popolo / opengov.
pub mod opengov {
    use super::NamedNodeRef;
    terms! { "http://www.w3.org/ns/opengov#";
        /// Membership → post.
        POST = "post";
    }
}

/// RDF and RDF Schema.
pub mod rdf {
    use super::NamedNodeRef;
    terms! { "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        /// rdf:type.
        TYPE = "type";
    }
}

/// RDF Schema.
pub mod rdfs {
    use super::NamedNodeRef;
    terms! { "http://www.w3.org/2000/01/rdf-schema#";
        /// A label.
        LABEL = "label";
        /// A comment.
        COMMENT = "comment";
        /// Sub-class.
        SUB_CLASS_OF = "subClassOf";
        /// Sub-property.
        SUB_PROPERTY_OF = "subPropertyOf";
    }
}

/// OWL.
pub mod owl {
    use super::NamedNodeRef;
    terms! { "http://www.w3.org/2002/07/owl#";
        /// Inverse property.
        INVERSE_OF = "inverseOf";
        /// Same individual.
        SAME_AS = "sameAs";
        /// An ontology.
        ONTOLOGY = "Ontology";
    }
}

/// XML Schema datatypes.
pub mod xsd {
    use super::NamedNodeRef;
    terms! { "http://www.w3.org/2001/XMLSchema#";
        /// A date.
        DATE = "date";
        /// A date and time.
        DATE_TIME = "dateTime";
        /// An integer.
        INTEGER = "integer";
        /// A decimal.
        DECIMAL = "decimal";
        /// A double.
        DOUBLE = "double";
        /// A string.
        STRING = "string";
    }
}

/// Expands a prefixed name such as `org:holds` with [`PREFIXES`], or returns `None`.
pub fn expand(prefixed: &str) -> Option<String> {
    let (prefix, local) = prefixed.split_once(':')?;
    PREFIXES
        .iter()
        .find(|(p, _)| *p == prefix)
        .map(|(_, ns)| format!("{ns}{local}"))
}

/// Shortens an IRI to a prefixed name with [`PREFIXES`] when one fits, else returns `<iri>`.
pub fn compact(iri: &str) -> String {
    PREFIXES
        .iter()
        .filter(|(_, ns)| iri.starts_with(ns))
        .max_by_key(|(_, ns)| ns.len())
        .map(|(p, ns)| (p, &iri[ns.len()..]))
        .filter(|(_, local)| {
            !local.is_empty() && local.chars().all(|c| c.is_alphanumeric() || "-_.".contains(c))
        })
        .map_or_else(|| format!("<{iri}>"), |(p, local)| format!("{p}:{local}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expand_and_compact_round_trip() {
        let iri = expand("org:holds").unwrap();
        assert_eq!(iri, org::HOLDS.as_str());
        assert_eq!(compact(&iri), "org:holds");
        assert_eq!(compact("http://example.com/x y"), "<http://example.com/x y>");
        assert_eq!(expand("nope:x"), None);
    }

    #[test]
    fn data_namespace_compacts_with_the_longest_prefix() {
        assert_eq!(compact("https://w3id.org/orgkg/id/person-1"), "id:person-1");
        assert_eq!(compact("https://w3id.org/orgkg/ns#Meeting"), "orgkg:Meeting");
    }
}
