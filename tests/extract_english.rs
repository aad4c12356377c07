//! English news reports of the genre, phrasing by phrasing: invented sentences in the ways wire stories, press
//! releases and the English sites of Chinese associations, ministries and state-owned groups write who organizes a
//! meeting, who the people are and what they do at it. Each test covers a family of phrasings, not one report.

mod common;

use common::drafted::{org_parent, posts_of, reports_of, roles_of};
use orgkg::extract::{ExtractOptions, Extractor};
use orgkg::lexicon::Lexicon;
use orgkg::records::Dataset;

fn english(text: &str) -> Dataset {
    let opts = ExtractOptions {
        source_id: "t".into(),
        published: Some("2025-06-12".into()),
        ..ExtractOptions::default()
    };
    let got = Extractor::new(&Lexicon::builtin()).extract(text, &opts);
    got.check_evidence(text).unwrap();
    got.dataset
}

/// The organizers as (organizers, co-organizers, undertakers, guides, supporters).
fn organizers(d: &Dataset) -> [Vec<String>; 5] {
    let m = &d.meetings[0];
    [
        m.organizers.clone(),
        m.co_organizers.clone(),
        m.undertakers.clone(),
        m.guides.clone(),
        m.supporters.clone(),
    ]
}

fn v(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| (*s).to_owned()).collect()
}

/// 主办, 联合主办, 协办, 承办, 指导 and 支持 as the English pages of Chinese bodies write them: a host or sponsor
/// written first organizes; `organized by` or `hosted by` written after it undertakes; joint hosts with no host
/// before them are organizers, beside a host they assist.
#[test]
fn english_organizers_in_the_ways_chinese_bodies_translate_them() {
    let open = "The 2025 China Zinc Industry Forum was held in Kunming on June 10, 2025. ";
    let a = "the China Zinc Industry Association";
    let b = "the Yunnan Provincial People's Government";
    let c = "the Kunming Municipal People's Government";
    let d_ = "Yunnan Zinc Industry Co., Ltd.";
    let (an, bn, cn, dn) = (
        "China Zinc Industry Association",
        "Yunnan Provincial People's Government",
        "Kunming Municipal People's Government",
        "Yunnan Zinc Industry Co., Ltd.",
    );
    let none: Vec<String> = Vec::new();
    for (text, want) in [
        (
            format!("The forum was co-hosted by {a} and {b}, and organized by {c} and {d_}"),
            [
                v(&[an, bn]),
                none.clone(),
                v(&[cn, dn]),
                none.clone(),
                none.clone(),
            ],
        ),
        (
            format!("The forum was jointly hosted by {a} and {b} and undertaken by {c}."),
            [v(&[an, bn]), none.clone(), v(&[cn]), none.clone(), none.clone()],
        ),
        (
            format!("The forum was jointly organized by {a} and {b}, with the support of {c}."),
            [v(&[an, bn]), none.clone(), none.clone(), none.clone(), v(&[cn])],
        ),
        (
            format!("The forum was hosted by {a} and organized by {c}."),
            [v(&[an]), none.clone(), v(&[cn]), none.clone(), none.clone()],
        ),
        (
            format!("The forum was organized by {a} and hosted by {d_}"),
            [v(&[an]), none.clone(), v(&[dn]), none.clone(), none.clone()],
        ),
        (
            format!("The forum was sponsored by {a}, co-sponsored by {b} and organized by {c}."),
            [v(&[an]), v(&[bn]), v(&[cn]), none.clone(), none.clone()],
        ),
        (
            format!("Hosted by {a} and co-organized by {d_}, the forum was held under the guidance of {b}."),
            [v(&[an]), v(&[dn]), none.clone(), v(&[bn]), none.clone()],
        ),
        (
            format!("The forum was organized by {a} and {b}, co-organized by {d_}"),
            [v(&[an, bn]), v(&[dn]), none.clone(), none.clone(), none.clone()],
        ),
    ] {
        let d = english(&format!("{open}{text}"));
        assert_eq!(organizers(&d), want, "{text}\n{}", d.to_yaml());
    }
}

/// How many came: a number with a few words describing the people, after a verb of drawing or attending; a year is
/// no number of people.
#[test]
fn english_attendance_counted_in_the_words_of_a_wire_story() {
    for (text, want) in [
        (
            "The 2025 China Copper Forum opened Wednesday in Tongling, drawing more than 400 officials, business \
             leaders and researchers from home and abroad.",
            Some(400),
        ),
        (
            "The 2025 China Copper Forum was held in Tongling on June 10. Some 300 industry experts attended the forum.",
            Some(300),
        ),
        (
            "The 2025 China Copper Forum was held in Tongling on June 10, attracting nearly 1,200 domestic and \
             foreign guests.",
            Some(1200),
        ),
        (
            "The 2025 China Copper Forum was held in Tongling on June 10. The 2025 annual report of members was \
             attended to.",
            None,
        ),
    ] {
        let d = english(text);
        assert_eq!(d.meetings[0].attendance_count, want, "{text}");
    }
}

/// A Chinese province's, region's or city's government written in lower case (`the Guangxi Zhuang Autonomous Region
/// government`, `the Yunnan provincial government`) is its people's government: the one the text names in full, or
/// one named as those governments name themselves. A mayor's or governor's post is in it, also before the name
/// (`Baise Mayor Huang Jianmin`); a foreign city's mayor is not made a people's government.
#[test]
fn english_governments_of_chinese_places_and_their_mayors_and_chairmen() {
    let d = english(
        "The 2025 China-ASEAN Zinc Forum opened Wednesday in Baise. The forum was co-hosted by the China Zinc \
         Association and the People's Government of Guangxi Zhuang Autonomous Region. Wei Min, vice chairman of the \
         Guangxi Zhuang Autonomous Region government, and Zhao Lei, deputy secretary-general of the Yunnan provincial \
         government, attended the forum. Baise Mayor Huang Bo and Jiangxi Vice Governor Wu Hong spoke at the forum. \
         Li Na, Vice Mayor of Ganzhou, also attended the forum. Brussels Mayor Philippe Close attended the forum.",
    );
    let region = "People's Government of Guangxi Zhuang Autonomous Region".to_owned();
    assert_eq!(
        posts_of(&d, "Wei Min"),
        [(region.clone(), "副主席".to_owned())],
        "{}",
        d.to_yaml()
    );
    assert_eq!(
        posts_of(&d, "Zhao Lei"),
        [(
            "People's Government of Yunnan Province".to_owned(),
            "副秘书长".to_owned()
        )]
    );
    assert_eq!(
        posts_of(&d, "Huang Bo"),
        [(
            "Baise Municipal People's Government".to_owned(),
            "市长".to_owned()
        )]
    );
    assert_eq!(
        posts_of(&d, "Wu Hong"),
        [(
            "People's Government of Jiangxi Province".to_owned(),
            "副省长".to_owned()
        )]
    );
    assert_eq!(
        posts_of(&d, "Li Na"),
        [(
            "Ganzhou Municipal People's Government".to_owned(),
            "副市长".to_owned()
        )]
    );
    assert!(posts_of(&d, "Philippe Close").is_empty(), "{}", d.to_yaml());
    assert!(
        d.organizations.iter().all(|o| !o.name.contains("Brussels")),
        "{}",
        d.to_yaml()
    );
    let gov = d.organizations.iter().find(|o| o.name == region).unwrap();
    assert_eq!(gov.aliases, ["Guangxi Zhuang Autonomous Region government"]);
    assert_eq!(d.meetings[0].organizers.len(), 2);
}

/// `A and B addressed the opening ceremony, which was presided over by C`: the people before a relative passive
/// clause have their own predicate.
#[test]
fn english_a_relative_clause_about_the_meeting_after_the_speakers() {
    let d = english(
        "The 2025 China Copper Forum was held in Tongling on June 10. Wang Jian, vice president of the China Copper \
         Association, and Li Ming, president of Tongling Copper Co., Ltd., addressed the opening ceremony, which was \
         presided over by Zhou Bin, secretary-general of the China Copper Association. The forum, which was attended \
         by Sun Tao, closed on June 11.",
    );
    assert_eq!(roles_of(&d, "Wang Jian"), ["讲话"], "{}", d.to_yaml());
    assert_eq!(roles_of(&d, "Li Ming"), ["讲话"]);
    assert_eq!(roles_of(&d, "Zhou Bin"), ["主持"]);
    assert_eq!(roles_of(&d, "Sun Tao"), ["出席"]);
    assert_eq!(
        posts_of(&d, "Li Ming"),
        [("Tongling Copper Co., Ltd.".to_owned(), "总裁".to_owned())]
    );
}

/// What someone told the meeting, its delegates or its audience is a statement made there (发言); words said at it
/// or while speaking at it are a speech (讲话); what someone told reporters is neither.
#[test]
fn english_told_the_forum_is_a_statement_said_at_it_a_speech() {
    let d = english(
        "BAISE, June 10 (Xinhua) -- The 2025 China Copper Forum opened Tuesday in Baise. Baise Mayor Huang Bo told the \
         forum that the city had built a complete chain. Wang Jian, vice president of the China Copper Association, \
         told delegates that demand would grow. Li Ming, president of the China Copper Association, said at the \
         forum that prices were stable. Zhao Lei, secretary-general of the China Copper Association, told reporters \
         that exports fell.",
    );
    assert_eq!(roles_of(&d, "Huang Bo"), ["发言"], "{}", d.to_yaml());
    assert_eq!(roles_of(&d, "Wang Jian"), ["发言"]);
    assert_eq!(roles_of(&d, "Li Ming"), ["讲话"]);
    assert!(roles_of(&d, "Zhao Lei").is_empty(), "{}", d.to_yaml());
    // Where the page names who hosts the meeting, what a guest from another body says there is a statement.
    let d = english(
        "HORGOS, Aug. 12 (Xinhua) -- The 2025 China-Central Asia E-commerce Forum opened on Tuesday in Horgos. The \
         two-day forum was hosted by the Department of Commerce of Xinjiang Uygur Autonomous Region. \"Consumers are interested,\" said Aigerim Sadykova, \
         vice president of the Kazakhstan E-commerce Association, at the forum.",
    );
    assert_eq!(roles_of(&d, "Aigerim Sadykova"), ["发言"], "{}", d.to_yaml());
}

/// A unit `under` its parent (`the Directorate General of Mineral and Coal under Indonesia's Ministry of Energy and
/// Mineral Resources`, `the Department of Raw Materials Industry under the Ministry of Industry and Information
/// Technology`): the unit's post, and the parent as the unit's.
#[test]
fn english_a_unit_under_its_parent() {
    let d = english(
        "The 2025 China Copper Forum was held in Tongling on June 10. Pramono Hadi, deputy director general of the \
         Directorate General of Mineral and Coal under Indonesia's Ministry of Energy and Mineral Resources, and \
         Wang Hong, director of the Department of Raw Materials Industry under the Ministry of Industry and \
         Information Technology, spoke at the forum. Li Ming, a researcher under the China Copper Association, \
         attended the forum.",
    );
    assert_eq!(
        posts_of(&d, "Pramono Hadi"),
        [(
            "Directorate General of Mineral and Coal".to_owned(),
            "副司长".to_owned()
        )],
        "{}",
        d.to_yaml()
    );
    assert_eq!(
        org_parent(&d, "Directorate General of Mineral and Coal"),
        Some(Some("Ministry of Energy and Mineral Resources".to_owned()))
    );
    assert_eq!(
        posts_of(&d, "Wang Hong"),
        [(
            "Department of Raw Materials Industry".to_owned(),
            "司长".to_owned()
        )]
    );
    assert_eq!(
        org_parent(&d, "Department of Raw Materials Industry"),
        Some(Some("Ministry of Industry and Information Technology".to_owned()))
    );
    assert_eq!(roles_of(&d, "Pramono Hadi"), ["讲话"]);
    assert_eq!(roles_of(&d, "Wang Hong"), ["讲话"]);
}

/// Companies whose representatives share their experience make statements (发言); a company's short name of one
/// word in parentheses (`(Chalco)`) is its alias and no break in the list, and is not taken for a place.
#[test]
fn english_representatives_sharing_experience_and_a_companys_short_name() {
    let d = english(
        "The 2025 China Copper Forum was held in Tongling on June 10. Representatives from Aluminum Corporation of \
         China Limited (Chalco), Guangxi Huayin Aluminium Co., Ltd. and Tongling Nonferrous Metals Group Co., Ltd. \
         shared their experience in green production during a panel discussion. Feng Hao, General Manager of Refire \
         Technology Co., Ltd., shared the company's practices in recycling.",
    );
    for who in [
        "Aluminum Corporation of China Limited",
        "Guangxi Huayin Aluminium Co., Ltd.",
        "Tongling Nonferrous Metals Group Co., Ltd.",
        "Feng Hao",
    ] {
        assert_eq!(roles_of(&d, who), ["发言"], "{who}\n{}", d.to_yaml());
    }
    let chalco = d
        .organizations
        .iter()
        .find(|o| o.name == "Aluminum Corporation of China Limited")
        .unwrap();
    assert_eq!(chalco.aliases, ["Chalco"]);
    // A place in parentheses after an association is no alias.
    let d = english(
        "The 2025 China Copper Forum was held in Tongling on June 10. Li Ming, president of the China Copper \
         Association (Beijing), attended the forum.",
    );
    assert!(
        d.organizations.iter().all(|o| o.aliases.is_empty()),
        "{}",
        d.to_yaml()
    );
}

/// A talk named before its speaker (`In a keynote report titled "…," A, TITLES of ORG, said`) is a report with its
/// title; a speech so titled is a speech.
#[test]
fn english_a_titled_talk_before_its_speaker() {
    let d = english(
        "The 2025 China Hydrogen Conference was held in Foshan on June 10. The conference was organized by the China \
         Society of Automotive Engineers (China SAE). In a keynote report titled \"Hydrogen in China: Progress and \
         Pathways to 2035,\" Liu Cheng, Executive Vice President and Secretary-General of China SAE, said costs had \
         fallen. In her speech titled \"Working Together,\" Wang Li, Vice President of China SAE, called for \
         cooperation.",
    );
    assert_eq!(roles_of(&d, "Liu Cheng"), ["作报告"], "{}", d.to_yaml());
    assert_eq!(roles_of(&d, "Wang Li"), ["讲话"]);
    let reports = reports_of(&d);
    assert_eq!(
        reports,
        [(
            "Hydrogen in China: Progress and Pathways to 2035",
            Some("Liu Cheng")
        )]
    );
    let sae = "China Society of Automotive Engineers".to_owned();
    assert_eq!(
        posts_of(&d, "Liu Cheng"),
        [(sae.clone(), "常务副会长".to_owned()), (sae, "秘书长".to_owned())]
    );
}

/// In a list after a cue, what a relative clause says someone did is their role (`Other keynote speakers included
/// A of ORG, who presented "…", and B, TITLE of ORG, who shared the company's experience`).
#[test]
fn english_relative_clauses_in_a_list_of_speakers() {
    let d = english(
        "The 2025 China Hydrogen Conference was held in Foshan on June 10. Other keynote speakers included Professor \
         Jiang Shu of Tsinghua University's School of Vehicle and Mobility, who presented \"Durable Fuel Cells,\" and \
         Feng Hao, General Manager of Refire Technology Co., Ltd., who shared the company's experience in deployment.",
    );
    assert_eq!(roles_of(&d, "Jiang Shu"), ["作报告"], "{}", d.to_yaml());
    assert_eq!(roles_of(&d, "Feng Hao"), ["发言"]);
    assert_eq!(
        posts_of(&d, "Jiang Shu"),
        [("School of Vehicle and Mobility".to_owned(), "教授".to_owned())]
    );
    assert_eq!(
        org_parent(&d, "School of Vehicle and Mobility"),
        Some(Some("Tsinghua University".to_owned()))
    );
    assert_eq!(d.meetings[0].reports[0].title, "Durable Fuel Cells");
}

/// Organizers said with an active verb or a predicate naming their part, each in its own clause: `A co-organized
/// the event, while B and C were the undertaking units`; not a verb whose object is no meeting.
#[test]
fn english_organizers_named_before_a_verb_or_a_predicate() {
    let d = english(
        "The 2025 China Hydrogen Conference was held in Foshan on June 10. The conference was organized by the China \
         Hydrogen Alliance. Guangdong Hydrogen Energy Industry Association co-organized the event, while Foshan \
         Xianhu Laboratory and Guangdong Hydrogen Investment Co., Ltd. were the undertaking units. China Energy \
         Investment Corporation co-hosted the signing of ten projects.",
    );
    assert_eq!(
        organizers(&d),
        [
            v(&["China Hydrogen Alliance"]),
            v(&["Guangdong Hydrogen Energy Industry Association"]),
            v(&[
                "Foshan Xianhu Laboratory",
                "Guangdong Hydrogen Investment Co., Ltd."
            ]),
            Vec::new(),
            Vec::new()
        ],
        "{}",
        d.to_yaml()
    );
}

/// A minister's post written after the name is in the Ministry of what follows (`Vice Minister of Industry and
/// Information Technology`); a Chinese place before a title the text names as a place is no company (`Yibin Party
/// Secretary Liu Zhong`); a government written in lower case after `by` is an organizer.
#[test]
fn english_ministers_places_before_titles_and_governments_that_sponsor() {
    let d = english(
        "XINING, May 20 (Xinhua) -- The 2025 China Battery Industry Forum opened Tuesday in Yibin. The forum was \
         sponsored by the Sichuan provincial government and the China Battery Industry Association. Xin Guobin, Vice \
         Minister of Industry and Information Technology, attended and addressed the forum. Yibin Party Secretary Liu \
         Zhong also attended.",
    );
    assert_eq!(
        posts_of(&d, "Xin Guobin"),
        [(
            "Ministry of Industry and Information Technology".to_owned(),
            "副部长".to_owned()
        )],
        "{}",
        d.to_yaml()
    );
    assert!(posts_of(&d, "Liu Zhong").is_empty(), "{}", d.to_yaml());
    assert_eq!(roles_of(&d, "Liu Zhong"), ["出席"]);
    assert!(d.organizations.iter().all(|o| o.name != "Yibin"));
    assert_eq!(
        d.meetings[0].organizers,
        [
            "People's Government of Sichuan Province",
            "China Battery Industry Association"
        ]
    );
}

/// Lists under a label (`Organizers: A; B.`, `Co-organizers: C.`, `Supported by: D`); an organizer beside a host is
/// the undertaking unit; `Corp., Ltd.` closes one company's name.
#[test]
fn english_organizers_listed_under_labels() {
    let d = english(
        "The 2025 China Gold Conference was held in Zhengzhou on April 8.\nOrganizers: China Gold Association; Henan \
         Provincial Department of Natural Resources.\nCo-organizers: Zhongjin Gold Corp., Ltd. and Shandong Gold \
         Group Co., Ltd.\nSupported by: Shanghai Gold Exchange\n",
    );
    assert_eq!(
        organizers(&d),
        [
            v(&[
                "China Gold Association",
                "Henan Provincial Department of Natural Resources"
            ]),
            v(&["Zhongjin Gold Corp., Ltd.", "Shandong Gold Group Co., Ltd."]),
            Vec::new(),
            Vec::new(),
            v(&["Shanghai Gold Exchange"]),
        ],
        "{}",
        d.to_yaml()
    );
    let d = english(
        "The 2025 China Gold Conference was held in Zhengzhou on April 8.\nHost: China Gold Association\nOrganizer: \
         Zhongjin Gold Corp., Ltd.\n",
    );
    assert_eq!(
        d.meetings[0].organizers,
        ["China Gold Association"],
        "{}",
        d.to_yaml()
    );
    assert_eq!(d.meetings[0].undertakers, ["Zhongjin Gold Corp., Ltd."]);
}

/// Names the genre writes: a group's one-word short name after a name with Corporation inside it (`Aluminum
/// Corporation of China (Chinalco)`), a name with no word like Company whose initials are its abbreviation
/// (`Shanghai Metals Market (SMM)`), `plc`, a form of address that starts a person after a university's name, a
/// region's chairman, and a meeting `held by` an association.
#[test]
fn english_short_names_honorifics_regions_and_meetings_held_by() {
    let d = english(
        "SHANGHAI, June 3, 2025 /PRNewswire/ -- The 2025 China International Copper Conference concluded in Shanghai \
         on June 2. Jointly organized by the China Nonferrous Metals Industry Association and Shanghai Metals Market \
         (SMM), the conference gathered over 1,500 participants. Keynote speeches were delivered by Fan Rui, Founder \
         and Chairman of SMM; Duan Xiang, Chairman of Aluminum Corporation of China (Chinalco); and Ivan Arriagada, \
         CEO of Antofagasta plc. Zhu Run, President of Chinalco, also attended.",
    );
    assert_eq!(
        organizers(&d)[0],
        v(&[
            "China Nonferrous Metals Industry Association",
            "Shanghai Metals Market"
        ]),
        "{}",
        d.to_yaml()
    );
    assert!(d.meetings[0].undertakers.is_empty());
    assert_eq!(
        posts_of(&d, "Fan Rui"),
        [("Shanghai Metals Market".to_owned(), "董事长".to_owned())]
    );
    assert_eq!(
        posts_of(&d, "Zhu Run"),
        [("Aluminum Corporation of China".to_owned(), "总裁".to_owned())]
    );
    assert_eq!(
        posts_of(&d, "Ivan Arriagada"),
        [("Antofagasta plc".to_owned(), "首席执行官".to_owned())]
    );

    let d = english(
        "A seminar on carbon peaking was held by the China Nonferrous Metals Industry Association in Kunming on May 12. \
         Prof. Li Bin of Kunming University of Science and Technology and Mr. Zhou Tao, Chief Engineer of Yunnan \
         Aluminium Co., Ltd., made presentations at the seminar. Wang Li, chairman of the Inner Mongolia Autonomous \
         Region, said at the seminar that the region would deepen cooperation.",
    );
    assert_eq!(
        d.meetings[0].organizers,
        ["China Nonferrous Metals Industry Association"],
        "{}",
        d.to_yaml()
    );
    assert_eq!(
        posts_of(&d, "Li Bin"),
        [(
            "Kunming University of Science and Technology".to_owned(),
            "教授".to_owned()
        )]
    );
    assert_eq!(
        posts_of(&d, "Zhou Tao"),
        [("Yunnan Aluminium Co., Ltd.".to_owned(), "总工程师".to_owned())]
    );
    assert_eq!(
        posts_of(&d, "Wang Li"),
        [(
            "People's Government of Inner Mongolia Autonomous Region".to_owned(),
            "主席".to_owned()
        )]
    );
    assert_eq!(roles_of(&d, "Wang Li"), ["讲话"]);
}

/// A country's possessive before a title (`South Africa's Minister of Mineral Resources and Energy`), a name with ü
/// (`Lü Hong`), a branch's chairman (its 会长), and the head of a ministry's department (its 司长).
#[test]
fn english_possessive_countries_accented_names_branch_chairmen_and_department_heads() {
    let d = english(
        "The 2025 Annual Meeting of the Silicon Branch of the China Nonferrous Metals Industry Association was held in \
         Kunming on December 6. Lü Hong, Chairman of the Silicon Branch and Chairman of Hoshine Silicon Industry Co., \
         Ltd., delivered an opening speech. Xu Qi, deputy head of the Department of Raw Materials Industry of the \
         Ministry of Industry and Information Technology, gave a speech. Gwede Mantashe, South Africa's Minister of \
         Mineral Resources and Energy, said in his speech that Africa welcomes investment.",
    );
    assert_eq!(
        posts_of(&d, "Lü Hong"),
        [
            ("Silicon Branch".to_owned(), "会长".to_owned()),
            (
                "Hoshine Silicon Industry Co., Ltd.".to_owned(),
                "董事长".to_owned()
            )
        ],
        "{}",
        d.to_yaml()
    );
    assert_eq!(roles_of(&d, "Lü Hong"), ["致辞"]);
    assert_eq!(
        posts_of(&d, "Xu Qi"),
        [(
            "Department of Raw Materials Industry".to_owned(),
            "副司长".to_owned()
        )]
    );
    assert_eq!(
        posts_of(&d, "Gwede Mantashe"),
        [(
            "Ministry of Mineral Resources and Energy".to_owned(),
            "部长".to_owned()
        )]
    );
    assert_eq!(roles_of(&d, "Gwede Mantashe"), ["讲话"]);
}

/// Bodies named as the subject of a joint verb (`A and B co-hosted a webinar`, `A and B jointly held`) organize the
/// meeting together; one body that co-organizes it alone is a co-organizer; two that merely hold talks organize
/// nothing.
#[test]
fn english_bodies_that_jointly_hold_a_meeting() {
    let d = english(
        "On 12 March 2025, the International Copper Association (ICA) and the China Copper Industry Association \
         co-hosted a webinar on copper. Speakers included Liu Yang, Deputy Secretary-General of the China Copper \
         Industry Association.",
    );
    assert_eq!(
        d.meetings[0].organizers,
        [
            "International Copper Association",
            "China Copper Industry Association"
        ],
        "{}",
        d.to_yaml()
    );
    let d = english(
        "On March 12, the China Copper Industry Association co-organized the 2025 Copper Forum in Kunming. Liu Yang, \
         Deputy Secretary-General of the China Copper Industry Association, spoke at the forum.",
    );
    assert_eq!(
        organizers(&d)[1],
        ["China Copper Industry Association"],
        "{}",
        d.to_yaml()
    );
    assert!(organizers(&d)[0].is_empty());
}

/// A person described in lower-case words as someone's analyst or expert (`Sun Hao, a senior analyst at Antaike,`)
/// is a person with no post; officials of bodies take part for them as representatives do.
#[test]
fn english_analysts_and_officials_of_bodies() {
    let d = english(
        "BEIJING, May 8 (Xinhua) -- The 2025 China Lithium Forum was held in Beijing on Thursday. Sun Hao, a senior \
         analyst at Antaike, told the forum that prices had bottomed out. Officials from the Shaanxi Provincial \
         Department of Industry and Information Technology and the Yulin Municipal Government attended the forum.",
    );
    assert!(posts_of(&d, "Sun Hao").is_empty());
    assert_eq!(roles_of(&d, "Sun Hao"), ["发言"], "{}", d.to_yaml());
    assert!(d.organizations.iter().all(|o| o.name != "Antaike"));
    assert_eq!(roles_of(&d, "Yulin Municipal Government"), ["出席"]);
    assert_eq!(
        roles_of(
            &d,
            "Shaanxi Provincial Department of Industry and Information Technology"
        ),
        ["出席"]
    );
}

/// Foreign cities' mayors (`Vientiane Mayor …`, `Hanoi Vice Mayor …`) hold no post in a people's government (their
/// names are no pinyin); `the Guangxi regional government` is the autonomous region's people's government; an
/// abbreviation no sentence defines that ends in A is an association's (`CNIA President` is its 会长).
#[test]
fn english_foreign_mayors_regional_governments_and_undefined_abbreviations() {
    let d = english(
        "NANNING, Sept. 20 (Xinhua) -- The 2025 China-ASEAN Mining Cooperation Forum opened Saturday in Nanning. The \
         forum was held under the guidance of the Ministry of Natural Resources and hosted by the Guangxi regional \
         government. Also present were Vientiane Mayor Atsaphangthong Siphandone and Hanoi Vice Mayor Nguyen Manh \
         Quyen. CNIA President Ge Honglin spoke at the forum.",
    );
    assert!(
        posts_of(&d, "Atsaphangthong Siphandone").is_empty(),
        "{}",
        d.to_yaml()
    );
    assert!(posts_of(&d, "Nguyen Manh Quyen").is_empty());
    assert_eq!(roles_of(&d, "Nguyen Manh Quyen"), ["出席"]);
    assert_eq!(
        organizers(&d)[0],
        ["People's Government of Guangxi Zhuang Autonomous Region"]
    );
    assert_eq!(organizers(&d)[3], ["Ministry of Natural Resources"]);
    assert_eq!(
        posts_of(&d, "Ge Honglin"),
        [("CNIA".to_owned(), "会长".to_owned())]
    );
}

/// Someone who releases a report at the meeting reports (发布…报告 is 作报告), the report recorded by its name; a
/// body that releases one does not.
#[test]
fn english_a_person_releasing_a_report_reports() {
    let d = english(
        "The 2025 China Tin Industry Conference was held in Gejiu on June 5. Sun Hao, Chairman of Yunnan Tin Group, \
         released the 2025 China Tin Industry Report at the conference, saying \"demand is strong\". During the \
         conference, the China Tin Association released the China Tin Market Report 2025.",
    );
    assert_eq!(roles_of(&d, "Sun Hao"), ["作报告"], "{}", d.to_yaml());
    assert!(roles_of(&d, "China Tin Association").is_empty());
    // The report by its name (not the words quoted after it); the body's release is none.
    let reports = reports_of(&d);
    assert_eq!(
        reports,
        [("2025 China Tin Industry Report", Some("Sun Hao"))],
        "{}",
        d.to_yaml()
    );
    let d = english(
        "The 2025 China Tin Industry Conference was held in Gejiu on June 5. At the conference, Li Na, deputy \
         secretary general of the China Tin Association, released the China-ASEAN Tin Trade Report (2025), which \
         shows rising demand.",
    );
    assert_eq!(
        d.meetings[0].reports[0].title,
        "China-ASEAN Tin Trade Report (2025)",
        "{}",
        d.to_yaml()
    );
    assert_eq!(d.meetings[0].reports[0].author.as_deref(), Some("Li Na"));
}

/// `Vice Governor Wang Li of Yunnan Province`, `Mayor of Gejiu Zhang Hua`: titles before the name and the place
/// after `of`, a post in the place's people's government.
#[test]
fn english_governors_and_mayors_named_between_title_and_place() {
    let d = english(
        "The 2025 China Tin Industry Conference was held in Gejiu on June 5. Vice Governor Wang Li of Yunnan Province \
         attended the conference. Mayor of Gejiu Zhang Hua delivered a welcome speech.",
    );
    assert_eq!(
        posts_of(&d, "Wang Li"),
        [(
            "People's Government of Yunnan Province".to_owned(),
            "副省长".to_owned()
        )],
        "{}",
        d.to_yaml()
    );
    assert_eq!(roles_of(&d, "Wang Li"), ["出席"]);
    assert_eq!(
        posts_of(&d, "Zhang Hua"),
        [(
            "Gejiu Municipal People's Government".to_owned(),
            "市长".to_owned()
        )]
    );
    assert_eq!(roles_of(&d, "Zhang Hua"), ["致辞"]);
}

/// Curly quotes, full-width spaces and other characters of more than one byte where the rules cut the text.
#[test]
fn english_rules_cut_text_at_character_boundaries() {
    for text in [
        "The 2025 Copper Forum was held in Kunming on June 10. Speakers included Li Bin, who presented “Fuel Cells,” \
         and Feng Hao, General Manager of Refire Co., Ltd., who shared the company’s experience.",
        "The 2025 Copper Forum was held in Kunming on June 10.\nOrganizers:\u{3000}China Copper Association；\u{3000}Yunnan \
         Copper Co., Ltd.\nCo-organizers: \u{3000}",
        "The 2025 Copper Forum was held in Kunming on June 10. Li Bin, Vice Mayor of Lüliang, and Wang Hua, \
         South Africa’s Minister of Energy, attended. In a keynote report titled “Copper’s Future,” Zhou Li, \
         analyst at Antaike, spoke.",
    ] {
        let d = english(text);
        assert_eq!(d.meetings.len(), 1, "{text}");
    }
}

/// `chairman of the regional government`: the one people's government of that level the text names; none when the
/// text names none or two.
#[test]
fn english_the_regional_government_named_before() {
    let d = english(
        "NANNING, Sept. 20 (Xinhua) -- The 2025 China-ASEAN Mining Forum opened Saturday in Nanning. The forum was \
         hosted by the People's Government of Guangxi Zhuang Autonomous Region. Lan Tianli, chairman of the regional \
         government, attended the opening ceremony. Wei Min, vice governor of the provincial government, spoke.",
    );
    let region = "People's Government of Guangxi Zhuang Autonomous Region".to_owned();
    assert_eq!(
        posts_of(&d, "Lan Tianli"),
        [(region.clone(), "主席".to_owned())],
        "{}",
        d.to_yaml()
    );
    assert!(posts_of(&d, "Wei Min").is_empty());
    let gov = d.organizations.iter().find(|o| o.name == region).unwrap();
    assert!(gov.aliases.is_empty());
}

/// `China's Minister of Commerce`: the Ministry of Commerce, never an organization named `Commerce`.
#[test]
fn english_a_minister_of_a_field_is_the_ministrys() {
    let d = english(
        "BEIJING, Nov. 5 (Xinhua) -- The 2025 World Nonferrous Metals Conference opened in Beijing on Wednesday. Wang \
         Wentao, China's Minister of Commerce, attended the opening ceremony.",
    );
    assert_eq!(
        posts_of(&d, "Wang Wentao"),
        [("Ministry of Commerce".to_owned(), "部长".to_owned())],
        "{}",
        d.to_yaml()
    );
    assert!(d.organizations.iter().all(|o| o.name != "Commerce"));
}

/// An autonomous region named with its people (`Xinjiang Uygur Autonomous Region`): its government and chairman.
#[test]
fn english_an_autonomous_region_named_with_its_people() {
    let d = english(
        "The Third China-Central Asia Mining Summit took place in Urumqi on August 26. The summit was co-organized by \
         the Xinjiang Uygur Autonomous Region government and the China Mining Association. Erkin Tuniyaz, chairman of \
         the Xinjiang Uygur Autonomous Region, addressed the opening ceremony.",
    );
    let region = "People's Government of Xinjiang Uygur Autonomous Region".to_owned();
    assert_eq!(
        d.meetings[0].organizers,
        [region.clone(), "China Mining Association".to_owned()],
        "{}",
        d.to_yaml()
    );
    assert_eq!(posts_of(&d, "Erkin Tuniyaz"), [(region, "主席".to_owned())]);
}

/// `Sun Bo, the city's vice mayor,`, `Li Na, vice mayor of the city,`: a post in the one city government the text
/// names; with none named, the person with no post.
#[test]
fn english_a_title_of_the_city_named_by_its_kind() {
    let d = english(
        "BAISE, Aug. 27 (Xinhua) -- The 2025 China-ASEAN Aluminium Forum opened Wednesday in Baise. The forum was \
         organized by the Baise Municipal People's Government. Sun Bo, the city's vice mayor, presided over the \
         opening ceremony. Li Na, vice mayor of the city, delivered a welcome speech.",
    );
    let city = "Baise Municipal People's Government".to_owned();
    assert_eq!(
        posts_of(&d, "Sun Bo"),
        [(city.clone(), "副市长".to_owned())],
        "{}",
        d.to_yaml()
    );
    assert_eq!(posts_of(&d, "Li Na"), [(city, "副市长".to_owned())]);
    assert_eq!(roles_of(&d, "Sun Bo"), ["主持"]);
    assert_eq!(roles_of(&d, "Li Na"), ["致辞"]);
    let d = english(
        "BAISE, Aug. 27 (Xinhua) -- The 2025 China-ASEAN Aluminium Forum opened Wednesday in Baise. Sun Bo, the city's \
         vice mayor, presided over the opening ceremony.",
    );
    assert!(posts_of(&d, "Sun Bo").is_empty(), "{}", d.to_yaml());
    assert_eq!(roles_of(&d, "Sun Bo"), ["主持"]);
}

/// A state-owned group's release: a Party leadership group (党组) among a list of titles before the verb; the
/// chairman of the group's trade union (`Chairman of the X Trade Union`, `Chairman of the Trade Union of X`) is its
/// 工会主席, not its 董事长; a subsidiary named with the group's abbreviation first (`SGEC Renewable Power Co., Ltd.`)
/// is a company of its own, and its short name defined in parentheses (`(SGEC Renewable)`) names it, not the group.
#[test]
fn english_a_groups_party_leadership_trade_union_and_subsidiaries() {
    let d = english(
        "The 2025 Wind Power Technician Forum was held in Hefei on June 10. The forum was organized by State \
         Grid Energy Corporation (SGEC) and undertaken by SGEC Renewable Power Co., Ltd. (SGEC Renewable). Li \
         Hongwei, member of the Party Leadership Group and Deputy General Manager of SGEC, attended the forum and \
         delivered a speech. Zhao Min, Chairman of the SGEC Trade Union, briefed the audience on the preparations. \
         Qian Lin, Chairman of the Trade Union of SGEC, attended the forum. The forum was presided over by Sun \
         Jie, Chairman of SGEC Renewable.",
    );
    let group = "State Grid Energy Corporation".to_owned();
    let subsidiary = "SGEC Renewable Power Co., Ltd.".to_owned();
    assert_eq!(
        posts_of(&d, "Li Hongwei"),
        [
            (group.clone(), "党委委员".to_owned()),
            (group.clone(), "副总经理".to_owned())
        ],
        "{}",
        d.to_yaml()
    );
    assert_eq!(roles_of(&d, "Li Hongwei"), ["出席", "讲话"]);
    assert_eq!(posts_of(&d, "Zhao Min"), [(group.clone(), "工会主席".to_owned())]);
    assert_eq!(roles_of(&d, "Zhao Min"), ["通报"]);
    assert_eq!(posts_of(&d, "Qian Lin"), [(group.clone(), "工会主席".to_owned())]);
    assert_eq!(
        posts_of(&d, "Sun Jie"),
        [(subsidiary.clone(), "董事长".to_owned())]
    );
    assert_eq!(organizers(&d)[0], [group]);
    assert_eq!(organizers(&d)[2], std::slice::from_ref(&subsidiary));
    let sub = d.organizations.iter().find(|o| o.name == subsidiary).unwrap();
    assert_eq!(sub.aliases, ["SGEC Renewable"]);
    // A union's other titles are no post we record; two capitalized words in parentheses that do not open the
    // name before them are no alias.
    let d = english(
        "The 2025 Wind Power Technician Forum was held in Hefei on June 10. The forum was organized by State \
         Grid Energy Corporation (SGEC) and Hefei Wind Power Co., Ltd. (Anhui Province). Wu Lei, Deputy General \
         Manager of the SGEC Trade Union, attended the forum.",
    );
    assert!(posts_of(&d, "Wu Lei").is_empty(), "{}", d.to_yaml());
    // The other ways ministries and groups translate 党组.
    let d = english(
        "The 2025 Wind Power Technician Forum was held in Hefei on June 10. The forum was organized by State Grid \
         Energy Corporation (SGEC). Hu Bin, Secretary of the CPC Leadership Group and Chairman of SGEC, and Ma Li, \
         member of the Leading Party Members' Group and chief accountant of SGEC, attended the forum.",
    );
    assert_eq!(
        posts_of(&d, "Hu Bin"),
        [
            ("State Grid Energy Corporation".to_owned(), "党委书记".to_owned()),
            ("State Grid Energy Corporation".to_owned(), "董事长".to_owned())
        ],
        "{}",
        d.to_yaml()
    );
    assert_eq!(roles_of(&d, "Hu Bin"), ["出席"]);
    assert_eq!(roles_of(&d, "Ma Li"), ["出席"], "{}", d.to_yaml());
    assert_eq!(posts_of(&d, "Ma Li")[0].1, "党委委员");
    // The union's chairman as a second title.
    let d = english(
        "The 2025 Wind Power Technician Forum was held in Hefei on June 10. The forum was organized by State Grid \
         Energy Corporation (SGEC). Xu Tao, Deputy General Manager of SGEC and Chairman of the SGEC Trade Union, \
         attended the forum.",
    );
    assert_eq!(
        posts_of(&d, "Xu Tao"),
        [
            ("State Grid Energy Corporation".to_owned(), "副总经理".to_owned()),
            ("State Grid Energy Corporation".to_owned(), "工会主席".to_owned())
        ],
        "{}",
        d.to_yaml()
    );
    assert_eq!(roles_of(&d, "Xu Tao"), ["出席"]);
    assert!(
        d.organizations
            .iter()
            .all(|o| o.aliases.iter().all(|a| a != "Anhui Province")),
        "{}",
        d.to_yaml()
    );
}

/// Winners and workers: `A, a technician from X Co., Ltd. who won …, spoke on behalf of the winners` is a person
/// with no post, there for the company, who makes a statement; `A representative of X, whose team …, also shared
/// …` and `Executives from A, B and C shared their experience` are statements by the companies.
#[test]
fn english_winners_from_companies_and_representatives_sharing_experience() {
    let d = english(
        "The 2025 Wind Power Technician Forum was held in Hefei on June 10. Wu Gang, a young welder from Anhui \
         Wind Power Generation Co., Ltd. who won the gold medal, spoke on behalf of the winners. A representative of \
         Hefei Turbine Research Institute Co., Ltd., whose team came first, also shared the team's experience. \
         Executives from Goldwind Science & Technology Co., Ltd., Mingyang Smart Energy Group Co., Ltd. and Envision \
         Group shared their experience in offshore projects. Delegates from Xinjiang Wind Co., Ltd. attended the \
         forum.",
    );
    assert!(posts_of(&d, "Wu Gang").is_empty(), "{}", d.to_yaml());
    assert_eq!(roles_of(&d, "Wu Gang"), ["发言"], "{}", d.to_yaml());
    assert!(
        d.organizations
            .iter()
            .any(|o| o.name == "Anhui Wind Power Generation Co., Ltd."),
        "{}",
        d.to_yaml()
    );
    for who in [
        "Hefei Turbine Research Institute Co., Ltd.",
        "Goldwind Science & Technology Co., Ltd.",
        "Mingyang Smart Energy Group Co., Ltd.",
        "Envision Group",
    ] {
        assert_eq!(roles_of(&d, who), ["发言"], "{who}\n{}", d.to_yaml());
    }
    // Delegates who only attend do not speak for their company.
    assert!(roles_of(&d, "Xinjiang Wind Co., Ltd.").is_empty());
}

/// A province's `Department of Commerce of X` is one body (its director general a 厅长), not a department of a
/// `Commerce of X`; `the Institute of Y of the Chinese Academy of Sciences` is an institute of the academy, and an
/// institute of a university is the university's unit.
#[test]
fn english_a_provinces_department_of_commerce_and_an_academys_institutes() {
    let d = english(
        "The 2025 China-ASEAN Tea Trade Forum was held in Nanning on June 10. The forum was co-hosted by the China \
         Tea Marketing Association and the Department of Commerce of Guangxi Zhuang Autonomous Region. The opening \
         ceremony was presided over by Lu Ping, director general of the Department of Commerce of Guangxi Zhuang \
         Autonomous Region. Representatives of Hengxian Tea Co., Ltd. and the Tea Research Institute of the Chinese \
         Academy of Agricultural Sciences exchanged views.",
    );
    let department = "Department of Commerce of Guangxi Zhuang Autonomous Region".to_owned();
    assert_eq!(
        organizers(&d)[0],
        v(&["China Tea Marketing Association", &department]),
        "{}",
        d.to_yaml()
    );
    assert_eq!(posts_of(&d, "Lu Ping"), [(department.clone(), "厅长".to_owned())]);
    assert_eq!(org_parent(&d, &department), Some(None));
    assert_eq!(
        org_parent(&d, "Tea Research Institute"),
        Some(Some("Chinese Academy of Agricultural Sciences".to_owned())),
        "{}",
        d.to_yaml()
    );
    assert_eq!(roles_of(&d, "Tea Research Institute"), ["交流"]);
    // An institute of a university is its unit too (as the test sets' writers record `Building Energy Research Center
    // of Tsinghua University`).
    let d = english(
        "The 2025 China-ASEAN Tea Trade Forum was held in Nanning on June 10. Wang Fang, Director of the Institute of \
         Tea Science of Guangxi University, attended the forum.",
    );
    assert_eq!(
        org_parent(&d, "Institute of Tea Science"),
        Some(Some("Guangxi University".to_owned())),
        "{}",
        d.to_yaml()
    );
}

/// An association's English site: its banner `ABBR | Full Name` defines the abbreviation, so that `ABBR X Branch`
/// before the name is written out is the association's branch; a meeting named by two nouns joined by `and` is one
/// meeting, organized by the body whose meeting it is; `the award ceremony of its 3rd … Competition` is named with
/// `the`.
#[test]
fn english_a_site_banner_two_meeting_nouns_and_its_competition() {
    let d = english(
        "COIA | China Optics Industry Association\nHome | News | Contact\n\nThe 2025 Annual Meeting and Display \
         Technology Forum of the COIA Display Branch was held in Hefei on June 18. Li Wei, Vice President of the \
         China Optics Industry Association, attended the meeting. Zhou Yu, Secretary General of the Display Branch, \
         presided over the meeting.",
    );
    let m = &d.meetings[0];
    assert_eq!(
        m.name,
        "2025 Annual Meeting and Display Technology Forum",
        "{}",
        d.to_yaml()
    );
    assert_eq!(m.organizers, ["Display Branch"]);
    assert_eq!(
        org_parent(&d, "Display Branch"),
        Some(Some("China Optics Industry Association".to_owned()))
    );
    assert_eq!(
        posts_of(&d, "Zhou Yu"),
        [("Display Branch".to_owned(), "秘书长".to_owned())]
    );
    let coia = d
        .organizations
        .iter()
        .find(|o| o.name == "China Optics Industry Association")
        .unwrap();
    assert_eq!(coia.aliases, ["COIA"]);
    // A banner whose letters do not fit the name defines nothing; two meetings that `were held` stay apart.
    let d = english(
        "XYZ | China Optics Industry Association\n\nThe 2025 Annual Meeting and Display Technology Forum were held in \
         Hefei on June 18. Li Wei, Vice President of the China Optics Industry Association, attended the meeting.",
    );
    assert_eq!(d.meetings[0].name, "2025 Annual Meeting", "{}", d.to_yaml());
    assert!(
        d.organizations.iter().all(|o| o.aliases.is_empty()),
        "{}",
        d.to_yaml()
    );
    let d = english(
        "BEIJING, June 12 -- China Tower Corporation Limited held the award ceremony of its 5th Network Maintenance \
         Skills Competition in Beijing on Friday.",
    );
    assert_eq!(
        d.meetings[0].name,
        "award ceremony of the 5th Network Maintenance Skills Competition",
        "{}",
        d.to_yaml()
    );
}

/// What a meeting discusses: `to discuss cooperation in A, B and C`, `Discussions centred on A, B, and C` and
/// `discussions on three topics: A, B, and C` list its topics.
#[test]
fn english_topics_discussed_and_discussions_centred_on() {
    let d = english(
        "KUNMING, June 10 (Xinhua) -- The 2025 China-South Asia Coffee Forum opened here on Tuesday, bringing \
         together more than 300 officials and traders to discuss cooperation in bean processing, grading standards \
         and cold storage.",
    );
    assert_eq!(
        d.meetings[0].topics,
        ["bean processing", "grading standards", "cold storage"],
        "{}",
        d.to_yaml()
    );
    let d = english(
        "The 2025 China Coffee Industry Conference was held in Pu'er on June 10. Discussions centred on origin \
         traceability, carbon labelling of roasted beans, and barista training.",
    );
    assert_eq!(
        d.meetings[0].topics,
        [
            "origin traceability",
            "carbon labelling of roasted beans",
            "barista training"
        ],
        "{}",
        d.to_yaml()
    );
    // A list after `topics:`, whose `and` without a comma is inside a topic when the list ends with `, and`.
    let d = english(
        "The 2025 China Occupational Apparel Conference was held in Ningbo on May 8. In the afternoon, participants \
         held discussions on three topics: intelligent customization, green and low-carbon production, and \
         standardization of uniform procurement.",
    );
    assert_eq!(
        d.meetings[0].topics,
        [
            "intelligent customization",
            "green and low-carbon production",
            "standardization of uniform procurement"
        ],
        "{}",
        d.to_yaml()
    );
}

/// A work report with no title of its own (`delivered the branch's work report for 2024-2025`, `gave the work report
/// of the Fifth Council`) is recorded by its words; a speech is no report.
#[test]
fn english_an_untitled_work_report_recorded_by_its_words() {
    let d = english(
        "The 2025 Annual Meeting of the Display Branch of the China Optics Industry Association was held in Hefei on \
         June 18. Zhou Yu, Secretary General of the Display Branch, delivered the branch's work report for 2024-2025, \
         reviewing its work on standards. Li Wei, Vice President of the China Optics Industry Association, gave the \
         work report of the Fifth Council on behalf of the council. Sun Hao, Chairman of the Display Branch, \
         delivered a speech.",
    );
    let reports = reports_of(&d);
    assert_eq!(
        reports,
        [
            ("the branch's work report for 2024-2025", Some("Zhou Yu")),
            ("the work report of the Fifth Council", Some("Li Wei")),
        ],
        "{}",
        d.to_yaml()
    );
    assert_eq!(roles_of(&d, "Zhou Yu"), ["作报告"]);
    assert_eq!(roles_of(&d, "Sun Hao"), ["讲话"]);
}

/// `the Department of Hydraulic Engineering of Wuhan University`: a unit word alone names no unit, so the department
/// is `Department of Hydraulic Engineering` of the university, not a `Department` of a `Hydraulic Engineering of …`;
/// after an organization known before, a unit word alone is its unit (`the Secretariat of CNIA`).
#[test]
fn english_a_department_of_a_field_of_a_university() {
    let d = english(
        "The 2025 China Hydropower Forum was held in Wuhan on June 10. The China Hydropower Association (CHA) \
         organized the forum. Professor Liu Jun of the Department of Hydraulic Engineering of Wuhan University \
         delivered a keynote report. Zhao Li, Director of the Secretariat of CHA, presided over the forum.",
    );
    assert_eq!(
        org_parent(&d, "Department of Hydraulic Engineering"),
        Some(Some("Wuhan University".to_owned())),
        "{}",
        d.to_yaml()
    );
    assert_eq!(
        posts_of(&d, "Liu Jun"),
        [(
            "Department of Hydraulic Engineering".to_owned(),
            "教授".to_owned()
        )]
    );
    assert_eq!(
        org_parent(&d, "Secretariat"),
        Some(Some("China Hydropower Association".to_owned())),
        "{}",
        d.to_yaml()
    );
    assert_eq!(org_parent(&d, "Department"), None, "{}", d.to_yaml());
    // `and` inside the unit's name is no second organization, though a university follows its `of`; after a whole
    // name it still is.
    let d = english(
        "The 2025 China Hydropower Forum was held in Wuhan on June 10. Wang Fang, Director of the Office of Science \
         and Technology of Zhejiang University, attended the forum. The forum was co-organized by Aluminum \
         Corporation of China and Wuhan University.",
    );
    assert_eq!(
        posts_of(&d, "Wang Fang"),
        [("Office of Science and Technology".to_owned(), "主任".to_owned())],
        "{}",
        d.to_yaml()
    );
    assert_eq!(
        org_parent(&d, "Office of Science and Technology"),
        Some(Some("Zhejiang University".to_owned()))
    );
    assert_eq!(
        organizers(&d)[0],
        v(&["Aluminum Corporation of China", "Wuhan University"]),
        "{}",
        d.to_yaml()
    );
}

/// `A, an official from the X Bureau of the Ministry of Y, was also present`: an official described in lower-case
/// words is a person who attends, with no post and no organization taking part.
#[test]
fn english_an_official_from_a_bureau_of_a_ministry() {
    let d = english(
        "The 2025 China Paper Industry Congress was held in Beijing on June 18. Zhou Ping, an official from the \
         Consumer Goods Industry Bureau of the Ministry of Commerce, was also present.",
    );
    assert_eq!(roles_of(&d, "Zhou Ping"), ["出席"], "{}", d.to_yaml());
    assert!(posts_of(&d, "Zhou Ping").is_empty());
    assert!(d.organizations.is_empty(), "{}", d.to_yaml());
}

/// `A, Chairman of X Co., Ltd., was elected President of the Y Association`: the name before the titles set off by
/// commas takes the post elected, as well as the one it holds.
#[test]
fn english_elected_after_titles_set_off_by_commas() {
    let d = english(
        "The 9th Member Congress of the China Paper Association was held in Beijing on June 18. At the 1st Meeting of \
         the 9th Council that followed, Zhou Ming, Chairman of Shandong Sun Paper Co., Ltd., was elected President of \
         the China Paper Association. Li Hua, General Manager of Nine Dragons Paper Group, was elected Vice \
         President of the China Paper Association.",
    );
    let assoc = "China Paper Association".to_owned();
    assert_eq!(
        posts_of(&d, "Zhou Ming"),
        [
            (assoc.clone(), "会长".to_owned()),
            ("Shandong Sun Paper Co., Ltd.".to_owned(), "董事长".to_owned())
        ],
        "{}",
        d.to_yaml()
    );
    assert_eq!(
        posts_of(&d, "Li Hua"),
        [
            (assoc, "副会长".to_owned()),
            ("Nine Dragons Paper Group".to_owned(), "总经理".to_owned())
        ]
    );
}

/// `Representatives of A and B spoke about …`: who speaks for an organization makes its statement (代表…发言), not a
/// speech of its own.
#[test]
fn english_representatives_who_speak_make_their_organizations_statement() {
    let d = english(
        "The 2025 China-Cambodia Garment Forum was held in Phnom Penh on June 10. Representatives of Huafu Fashion \
         Co., Ltd. and Youngor Group spoke about their investment in Cambodia.",
    );
    for who in ["Huafu Fashion Co., Ltd.", "Youngor Group"] {
        assert_eq!(roles_of(&d, who), ["发言"], "{who}\n{}", d.to_yaml());
    }
}

/// `spoke on "Tungsten Recycling in China"`: a talk given by its quoted title is a report with that title; `spoke on
/// the market outlook` is a statement (发言), as the sealed folder's writers record it.
#[test]
fn english_a_talk_given_by_its_quoted_title() {
    let d = english(
        "The 2025 China Tungsten Forum was held in Ganzhou on June 10. Li Gang, General Manager of Ganzhou Tungsten \
         Co., Ltd., spoke on \"Tungsten Recycling in China: Practice and Outlook\". Zhou Lin, Vice President of the \
         China Tungsten Industry Association, spoke on the market outlook.",
    );
    assert_eq!(roles_of(&d, "Li Gang"), ["作报告"], "{}", d.to_yaml());
    assert_eq!(roles_of(&d, "Zhou Lin"), ["发言"]);
    let reports = reports_of(&d);
    assert_eq!(
        reports,
        [(
            "Tungsten Recycling in China: Practice and Outlook",
            Some("Li Gang")
        )]
    );
}

#[test]
fn english_a_symposium_held_after_a_visit_takes_its_day_and_place() {
    let d = english(
        "Association delegation visits a shipyard\n\nOn April 9, a delegation of the China Shipbuilding Trade Association led by Hu Dezhong, Secretary General of the China Shipbuilding Trade Association, visited Nantong Haiyang Heavy Industry Co., Ltd. (Haiyang Heavy Industry) in Nantong, Jiangsu Province. Gu Jianhua (President, Jiangsu Shipbuilding Industry Association) accompanied the visit.\n\nThe delegation toured the dock area.\n\nAt the symposium held afterwards, Shen Weiguo, Chairman of Haiyang Heavy Industry, extended a warm welcome to the delegation.",
    );
    let m = &d.meetings[0];
    assert_eq!(m.name, "symposium", "{}", d.to_yaml());
    assert_eq!(m.place.as_deref(), Some("Nantong"));
    assert_eq!(m.date.as_deref(), Some("2025-04-09"));
    // The short name drops the place the full name opens with.
    assert_eq!(
        posts_of(&d, "Shen Weiguo"),
        [("Nantong Haiyang Heavy Industry Co., Ltd.".into(), "董事长".into())]
    );
    assert_eq!(
        posts_of(&d, "Gu Jianhua"),
        [("Jiangsu Shipbuilding Industry Association".into(), "会长".into())]
    );
}

/// `ABC Party Secretary and Chairman Wang Dali delivered a keynote report titled "…", and the conference was presided
/// over by ABC President Zhou Bo`: the clause before `, and the conference was presided over by` has its own subject
/// and predicate.
#[test]
fn english_a_clause_before_a_passive_one_about_the_meeting_is_read_on_its_own() {
    let d = english(
        "The 2025 Valve Supplier Conference was held in Wuxi on June 10. Wuxi Valve Group Party Secretary and \
         Chairman Tang Hai delivered a keynote report titled \"Valves for a Safer Grid\", and the conference was \
         presided over by Wuxi Valve Group President Ximen Lei. Gao Ming, Vice President of the China Valve \
         Association, addressed the forum, and the opening ceremony was chaired by Zhou Bo.",
    );
    assert_eq!(roles_of(&d, "Tang Hai"), ["作报告"], "{}", d.to_yaml());
    assert_eq!(
        posts_of(&d, "Tang Hai"),
        [
            ("Wuxi Valve Group".into(), "党委书记".into()),
            ("Wuxi Valve Group".into(), "董事长".into())
        ]
    );
    assert_eq!(roles_of(&d, "Ximen Lei"), ["主持"]);
    assert_eq!(roles_of(&d, "Gao Ming"), ["讲话"]);
    assert_eq!(roles_of(&d, "Zhou Bo"), ["主持"]);
    let reports = reports_of(&d);
    assert_eq!(reports, [("Valves for a Safer Grid", Some("Tang Hai"))]);
}

/// `Also present were ABC Vice Presidents A and B, and Chief Accountant C`: after a passive cue the plural title is
/// the names' of its list up to the list's `and`; the title after it with no organization is in the same one; a
/// name after the list's `and` holds no post of it.
#[test]
fn english_a_plural_title_after_a_passive_cue_is_its_lists() {
    let d = english(
        "The 2025 Valve Supplier Conference was held in Wuxi on June 10. Also present were Wuxi Valve Group Vice \
         Presidents Zhao Lin and Qian Fang, and Chief Accountant Sun Hao. Also attending were Nanfang Pump Group \
         Vice Presidents Li Ming, Wu Bo and Zhou Jie, and Ma Lin.",
    );
    for who in ["Zhao Lin", "Qian Fang"] {
        assert_eq!(
            posts_of(&d, who),
            [("Wuxi Valve Group".into(), "副总裁".into())],
            "{who}\n{}",
            d.to_yaml()
        );
        assert_eq!(roles_of(&d, who), ["出席"]);
    }
    assert_eq!(
        posts_of(&d, "Sun Hao"),
        [("Wuxi Valve Group".into(), "总会计师".into())]
    );
    assert_eq!(roles_of(&d, "Sun Hao"), ["出席"]);
    for who in ["Li Ming", "Wu Bo", "Zhou Jie"] {
        assert_eq!(
            posts_of(&d, who),
            [("Nanfang Pump Group".into(), "副总裁".into())],
            "{who}"
        );
    }
    assert!(posts_of(&d, "Ma Lin").is_empty());
    assert_eq!(roles_of(&d, "Ma Lin"), ["出席"]);
}

/// `A Corporation, B Group Company Limited and C Heavy Industries spoke on behalf of the suppliers`: organizations,
/// the whole subject, that speak for a group make its statements (发言); a person who does speaks as usual.
#[test]
fn english_organizations_that_speak_on_behalf_of_a_group() {
    let d = english(
        "The 2025 Valve Supplier Conference was held in Wuxi on June 10. Hubei Valve Corporation, Suzhou Pump Group \
         Company Limited and China Third Heavy Industries spoke on behalf of the suppliers. Wuxi Valve Group \
         President Ximen Lei spoke on behalf of the hosts.",
    );
    for who in [
        "Hubei Valve Corporation",
        "Suzhou Pump Group Company Limited",
        "China Third Heavy Industries",
    ] {
        assert_eq!(roles_of(&d, who), ["发言"], "{who}\n{}", d.to_yaml());
    }
    assert_eq!(roles_of(&d, "Ximen Lei"), ["发言"]);
    assert!(roles_of(&d, "Wuxi Valve Group").is_empty());
}

/// `Vice President of CWA Zhuge Lan and Vice President of CGI Tang Ming delivered opening remarks`: titles with `of`
/// before names, two joined by `and`, each with its own organization (会长 of an association, 院长 of an institute).
#[test]
fn english_two_titles_of_organizations_before_names_joined_by_and() {
    let d = english(
        "The 2025 Valve Safety Seminar was held in Wuxi on June 10. Vice President of CVA Zhuge Lan and Vice \
         President of CPI Tang Ming delivered opening remarks. The China Valve Association (CVA) and the China Pump \
         Institute (CPI) organized the seminar.",
    );
    assert_eq!(
        posts_of(&d, "Zhuge Lan"),
        [("China Valve Association".into(), "副会长".into())],
        "{}",
        d.to_yaml()
    );
    assert_eq!(
        posts_of(&d, "Tang Ming"),
        [("China Pump Institute".into(), "副院长".into())]
    );
    for who in ["Zhuge Lan", "Tang Ming"] {
        assert_eq!(roles_of(&d, who), ["致辞"], "{who}");
    }
}

/// `Ningde Valve Technology Co., Limited (NVT)`: `Limited` after `Co.,` closes the company's name as `Ltd.` does; in
/// a panel discussion, what the representatives of companies share is an exchange (交流).
#[test]
fn english_co_limited_and_representatives_in_a_panel_discussion() {
    let d = english(
        "The 2025 Valve Safety Seminar was held in Wuxi on June 10. In the panel discussion, representatives of \
         Ningde Valve Technology Co., Limited (NVT), Hubei Pump Co., Ltd. and Wuhan Valve Co., Ltd. shared their \
         experience in meeting the new rules.",
    );
    let orgs: Vec<&str> = d.organizations.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(
        orgs,
        [
            "Ningde Valve Technology Co., Limited",
            "Hubei Pump Co., Ltd.",
            "Wuhan Valve Co., Ltd."
        ],
        "{}",
        d.to_yaml()
    );
    for who in orgs {
        assert_eq!(roles_of(&d, who), ["交流"], "{who}");
    }
    // Outside a panel, a representative who shares experience makes a statement.
    let d = english(
        "The 2025 Valve Safety Seminar was held in Wuxi on June 10. Representatives of Hubei Pump Co., Ltd. shared \
         their experience in meeting the new rules.",
    );
    assert_eq!(roles_of(&d, "Hubei Pump Co., Ltd."), ["发言"], "{}", d.to_yaml());
}

/// A meeting's noun ends a word (not the `Expo` of `Import and Export`); `with` in the subject after `on` is the
/// name's unless an organization follows it.
#[test]
fn english_meeting_nouns_end_words_and_with_in_a_subject() {
    let d = english(
        "CCIEV Holds Seminar on Compliance with the EU Valve Directive\n\nOn July 8, the China Chamber of Commerce \
         for Import and Export of Valves (CCIEV) held a Seminar on Compliance with the EU Valve Directive in Wuxi.",
    );
    assert_eq!(
        d.meetings[0].name,
        "Seminar on Compliance with the EU Valve Directive",
        "{}",
        d.to_yaml()
    );
    let d = english(
        "The 2025 Forum on Valve Exports with the China Pump Association was held in Wuxi on June 10.",
    );
    assert_eq!(
        d.meetings[0].name,
        "2025 Forum on Valve Exports",
        "{}",
        d.to_yaml()
    );
}

/// `convened a symposium on the innovative development of …`: a meeting named in lower case after the verb goes on
/// past a word that starts like `in` (`innovative`); the place is the one after the whole name.
#[test]
fn english_a_lower_case_meeting_name_past_a_word_opening_like_in() {
    let d = english(
        "The Ministry of Valves (MOV) convened a symposium on the innovative development of the valve industry in \
         Wuxi, Jiangsu Province on August 13.",
    );
    let m = &d.meetings[0];
    assert_eq!(
        m.name,
        "symposium on the innovative development of the valve industry",
        "{}",
        d.to_yaml()
    );
    assert_eq!(m.place.as_deref(), Some("Wuxi"));
}

/// `Executives from A and B, as well as C, Secretary General of D, and Professor E of F (Weihai), spoke in turn`:
/// speaking in turn is a statement (发言), the companies' and the people's; the predicate comes after the people
/// joined by `as well as`; a Chinese city in parentheses after a university's or an institute's name is its campus.
#[test]
fn english_executives_and_people_who_speak_in_turn() {
    let d = english(
        "The 2025 Valve Industry Symposium was held in Wuxi on August 13. Executives from Wuxi Valve Co., Ltd., \
         Nanfang Pump (Suzhou) Co., Ltd. and Huaxia Seal Group, as well as Song Kai, Secretary General of the China \
         Valve Alliance, and Professor Liu Yu of the Harbin Institute of Technology (Weihai), spoke in turn. Wang Bo, \
         Dean of Sun Yat-sen University (Zhuhai), attended the symposium.",
    );
    for who in [
        "Wuxi Valve Co., Ltd.",
        "Nanfang Pump (Suzhou) Co., Ltd.",
        "Huaxia Seal Group",
        "Song Kai",
        "Liu Yu",
    ] {
        assert_eq!(roles_of(&d, who), ["发言"], "{who}\n{}", d.to_yaml());
    }
    assert_eq!(
        posts_of(&d, "Liu Yu"),
        [("Harbin Institute of Technology (Weihai)".into(), "教授".into())]
    );
    assert_eq!(
        posts_of(&d, "Wang Bo"),
        [("Sun Yat-sen University (Zhuhai)".into(), "院长".into())]
    );
    // Not a place: an abbreviation in parentheses stays out of the name.
    let d = english(
        "The 2025 Valve Industry Symposium was held in Wuxi on August 13. Li Gang, President of the Wuxi Valve \
         Research Institute (WVRI), addressed the symposium.",
    );
    assert_eq!(
        posts_of(&d, "Li Gang"),
        [("Wuxi Valve Research Institute".into(), "院长".into())],
        "{}",
        d.to_yaml()
    );
}

/// `CCIEV Holds Seminar on X` … `held a Seminar on X in Wuxi, jointly with Y`: the place after the name where the body
/// writes it again; who holds it `jointly with` the organizer co-organizes.
#[test]
fn english_the_place_after_the_name_written_again_and_a_joint_holder() {
    let d = english(
        "CCIEV Holds Seminar on Compliance with the EU Valve Directive\n\nOn July 8, the China Chamber of Commerce \
         for Import and Export of Valves (CCIEV) held a Seminar on Compliance with the EU Valve Directive in Wuxi, \
         jointly with the China Valve Standardization Institute (CVSI). The event was supported by the Wuxi \
         Municipal Bureau of Commerce.",
    );
    let m = &d.meetings[0];
    assert_eq!(m.place.as_deref(), Some("Wuxi"), "{}", d.to_yaml());
    assert_eq!(
        organizers(&d),
        [
            v(&["China Chamber of Commerce for Import and Export of Valves"]),
            v(&["China Valve Standardization Institute"]),
            v(&[]),
            v(&[]),
            v(&["Wuxi Municipal Bureau of Commerce"]),
        ]
    );
}

/// `Ma Lin, Partner at the Beijing office of Baker & Stone LLP, spoke on …`: a title we do not know at a city's office
/// of a firm (an `LLP` as well as an `LLC`) is there for the firm, with no post.
#[test]
fn english_a_partner_at_a_citys_office_of_a_firm() {
    let d = english(
        "The 2025 Valve Safety Seminar was held in Wuxi on June 10. Ma Lin, Partner at the Beijing office of Baker & \
         Stone LLP, spoke on the new rules.",
    );
    let orgs: Vec<&str> = d.organizations.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(orgs, ["Baker & Stone LLP"], "{}", d.to_yaml());
    assert!(posts_of(&d, "Ma Lin").is_empty());
    let p = &d.meetings[0].participants[0];
    assert_eq!(
        (p.who.as_str(), p.on_behalf_of.as_deref()),
        ("Ma Lin", Some("Baker & Stone LLP"))
    );
}

/// `Vice Minister Zhang Ming chaired the meeting` on the page of a meeting a ministry organizes alone: the minister's
/// title written with no organization is a post in that ministry; where an association organizes, it is no post.
#[test]
fn english_a_ministers_bare_title_at_the_ministrys_own_meeting() {
    let d = english(
        "The Ministry of Valves (MOV) convened a symposium on valve safety in Wuxi, Jiangsu Province on August 13. \
         Vice Minister Zhang Ming chaired the meeting and delivered a speech.",
    );
    assert_eq!(
        posts_of(&d, "Zhang Ming"),
        [("Ministry of Valves".into(), "副部长".into())],
        "{}",
        d.to_yaml()
    );
    assert_eq!(roles_of(&d, "Zhang Ming"), ["主持", "讲话"]);
    let d = english(
        "The China Valve Association (CVA) convened a symposium on valve safety in Wuxi, Jiangsu Province on August \
         13. Vice Minister Zhang Ming chaired the meeting and delivered a speech.",
    );
    assert!(posts_of(&d, "Zhang Ming").is_empty(), "{}", d.to_yaml());
    assert_eq!(roles_of(&d, "Zhang Ming"), ["主持", "讲话"]);
}

#[test]
fn english_a_commissions_head_and_a_universitys_president() {
    let d = english(
        "A promotion meeting was convened by the State-owned Assets Supervision and Administration Commission of the \
         State Council (SASAC) in Beijing on December 11. Qiao Zhengyuan, deputy head of the SASAC, attended the \
         meeting and delivered a speech. Wen Zhiyuan, president of Beijing Institute of Technology, gave a keynote \
         lecture.",
    );
    let sasac = "State-owned Assets Supervision and Administration Commission of the State Council";
    assert_eq!(
        posts_of(&d, "Qiao Zhengyuan"),
        [(sasac.into(), "副主任".into())],
        "{}",
        d.to_yaml()
    );
    assert_eq!(
        posts_of(&d, "Wen Zhiyuan"),
        [("Beijing Institute of Technology".into(), "校长".into())]
    );
}

#[test]
fn english_a_groups_acronym_above_its_full_name_heads_its_own_page() {
    let d = english(
        "CNCEC\nChina National Chemical Engineering Group Corporation Ltd.\nABOUT US | NEWS\n\nCNCEC Holds 2026 Work Conference\n\nCNCEC convened its 2026 Work Conference in Beijing on January 14. Mo Dingsheng, Secretary of the Party Committee and Chairman of CNCEC, delivered a work report.",
    );
    let group = "China National Chemical Engineering Group Corporation Ltd.";
    assert_eq!(d.meetings[0].organizers, [group], "{}", d.to_yaml());
    assert!(posts_of(&d, "Mo Dingsheng").contains(&(group.into(), "董事长".into())));
}

#[test]
fn english_a_unit_named_by_its_parents_possessive() {
    let d = english(
        "A promotion meeting was convened by the State-owned Assets Supervision and Administration Commission of the \
         State Council (SASAC) in Beijing on December 11. The meeting was chaired by Lin Shuhua, head of the SASAC's \
         Bureau of Science, Technology and Innovation.",
    );
    let bureau = "Bureau of Science, Technology and Innovation";
    assert_eq!(
        posts_of(&d, "Lin Shuhua"),
        [(bureau.into(), "局长".into())],
        "{}",
        d.to_yaml()
    );
    assert_eq!(
        org_parent(&d, bureau),
        Some(Some(
            "State-owned Assets Supervision and Administration Commission of the State Council".into()
        ))
    );
}

#[test]
fn english_talks_held_in_a_city_with_a_governor_and_those_present_at_them() {
    let d = english(
        "On January 14, Ni Zhenyu, Chairman of China Energy Engineering Corporation Limited, held talks in Guiyang with \
         Xu Linhai, Governor of Guizhou Province. The signing ceremony was presided over by Gu Xiaoming, Deputy \
         Secretary-General of the Guizhou Provincial People's Government. Also present at the talks and the signing \
         were Tao Jun, Director of the Guizhou Provincial Energy Administration; Yao Fang, Director of the Guizhou \
         Provincial Development and Reform Commission.",
    );
    let government = "Guizhou Provincial People's Government";
    assert_eq!(
        posts_of(&d, "Xu Linhai"),
        [(government.into(), "省长".into())],
        "{}",
        d.to_yaml()
    );
    assert!(
        d.organizations
            .iter()
            .all(|o| !o.name.starts_with("People's Government of"))
    );
    assert_eq!(
        posts_of(&d, "Tao Jun"),
        [("Guizhou Provincial Energy Administration".into(), "局长".into())]
    );
    assert_eq!(roles_of(&d, "Tao Jun"), ["出席"]);
    assert_eq!(roles_of(&d, "Yao Fang"), ["出席"]);
}

#[test]
fn english_a_chambers_acronym_banner_and_a_report_released_under_its_title() {
    let d = english(
        "CCCLA | China Chamber of Commerce for Import and Export of Light Industrial Products and Arts-Crafts\n\
         Home | About Us | News\n\n2026 Forum on Light Industry Exports Held in Ningbo\n\n\
         The 2026 Forum on Light Industry Exports was held in Ningbo on April 20. CCCLA Vice President Lu Haiyan \
         attended the forum. Zhang Wenjie, Deputy Secretary General of CCCLA, released the \"2026 Report on Light \
         Industry Cross-border E-commerce Development\".",
    );
    let chamber =
        "China Chamber of Commerce for Import and Export of Light Industrial Products and Arts-Crafts";
    assert_eq!(
        posts_of(&d, "Lu Haiyan"),
        [(chamber.into(), "副会长".into())],
        "{}",
        d.to_yaml()
    );
    assert_eq!(roles_of(&d, "Zhang Wenjie"), ["作报告"]);
    let report = &d.meetings[0].reports[0];
    assert_eq!(
        report.title,
        "2026 Report on Light Industry Cross-border E-commerce Development"
    );
    assert_eq!(report.author.as_deref(), Some("Zhang Wenjie"));
}

#[test]
fn english_a_bureau_whose_name_lists_its_fields_before_its_parent_and_a_leadership_groups_deputy() {
    let d = english(
        "On May 14, China Three Gorges Corporation (CTG) held its 2026 Science and Technology Innovation Conference \
         in Wuhan. Sun Yiting, Director General of the Bureau of Science, Technology and Innovation of the \
         State-owned Assets Supervision and Administration Commission of the State Council (SASAC), attended the \
         conference and delivered remarks. The conference was presided over by Han Dongsheng, Deputy Secretary of \
         the CPC Leadership Group and President of CTG.",
    );
    let bureau = "Bureau of Science, Technology and Innovation";
    assert_eq!(
        posts_of(&d, "Sun Yiting"),
        [(bureau.into(), "局长".into())],
        "{}",
        d.to_yaml()
    );
    assert_eq!(
        org_parent(&d, bureau),
        Some(Some(
            "State-owned Assets Supervision and Administration Commission of the State Council".into()
        ))
    );
    assert!(
        posts_of(&d, "Han Dongsheng")
            .contains(&("China Three Gorges Corporation".into(), "党委副书记".into()))
    );
    assert!(d.organizations.iter().all(|o| o.name != "CPC Leadership Group"));
}

#[test]
fn english_a_body_the_organizer_holds_the_meeting_with_co_organizes_it() {
    let d = english(
        "On February 25, the China Chamber of Commerce for Import and Export of Machinery and Electronic Products \
         (CCCME) held a roundtable in Shenzhen on compliance with the EU Battery Regulation, co-organized with the \
         Shenzhen Battery Industry Association. Zhang Yuhang, Vice President of CCCME, delivered opening remarks.",
    );
    assert_eq!(
        d.meetings[0].co_organizers,
        ["Shenzhen Battery Industry Association"],
        "{}",
        d.to_yaml()
    );
}

#[test]
fn english_a_wire_storys_weekday_co_organizers_and_the_groups_in_a_list_of_attendees() {
    let d = english(
        "WUHAN, Sept. 12 (Xinhua) -- Chinese automakers should pay suppliers on time, an official said at a symposium \
         in Wuhan on Thursday.\n\nThe symposium on the auto parts industry was jointly organized by the Ministry of \
         Industry and Information Technology (MIIT) and the Hubei provincial government, with the China Association \
         of Automobile Manufacturers (CAAM) and the China Auto Parts Industry Association as co-organizers.\n\n\
         Attending the meeting were Sun Mingyue, director general of the MIIT's Department of Electronic \
         Information, officials from the National Energy Administration, as well as executives of Tongwei Co., Ltd. \
         and Trina Solar Co., Ltd.\n\nExecutives from Dongfeng Motor Group Co., Ltd. and BYD Co., Ltd. spoke at the \
         meeting.",
    );
    let m = &d.meetings[0];
    // Thursday before the dateline's Friday.
    assert_eq!(m.date.as_deref(), Some("2025-09-11"), "{}", d.to_yaml());
    assert_eq!(
        m.co_organizers,
        [
            "China Association of Automobile Manufacturers",
            "China Auto Parts Industry Association"
        ]
    );
    for body in [
        "National Energy Administration",
        "Tongwei Co., Ltd.",
        "Trina Solar Co., Ltd.",
    ] {
        assert_eq!(roles_of(&d, body), ["出席"], "{body}");
    }
    for company in ["Dongfeng Motor Group Co., Ltd.", "BYD Co., Ltd."] {
        assert_eq!(roles_of(&d, company), ["发言"], "{company}");
    }
}

#[test]
fn english_a_state_owned_corporation_called_the_group_and_its_trade_union() {
    let d = english(
        "BEIJING, Jan. 15 -- China Datang Corporation Ltd. convened its 2026 work conference in Beijing on Jan. 14. \
         Qu Zhenhai, Party secretary and chairman of the group, delivered a keynote report. Zhu Mingyu, vice chairman \
         of the group's trade union, delivered the work report of the trade union.",
    );
    let group = "China Datang Corporation Ltd.";
    assert_eq!(
        posts_of(&d, "Qu Zhenhai"),
        [(group.into(), "党委书记".into()), (group.into(), "董事长".into())],
        "{}",
        d.to_yaml()
    );
    assert_eq!(
        posts_of(&d, "Zhu Mingyu"),
        [("trade union".into(), "副主席".into())]
    );
    assert_eq!(org_parent(&d, "trade union"), Some(Some(group.into())));
}

#[test]
fn english_the_group_capitalized_a_board_director_and_companies_making_exchange_presentations() {
    let d = english(
        "On January 21, China Minmetals Corporation convened its 2026 Work Conference on Safety in Beijing. \
         Guo Haitao, Director and President of China Minmetals Corporation, presided over the conference. Kang Lei, \
         General Manager of the Group's Safety and Environmental Protection Department, attended. Minmetals Resources \
         Limited and Hunan Nonferrous Metals Holding Group Co., Ltd. made exchange presentations at the meeting.",
    );
    let group = "China Minmetals Corporation";
    assert!(
        posts_of(&d, "Guo Haitao").contains(&(group.into(), "董事".into())),
        "{}",
        d.to_yaml()
    );
    assert_eq!(
        org_parent(&d, "Safety and Environmental Protection Department"),
        Some(Some(group.into()))
    );
    assert!(d.organizations.iter().all(|o| o.name != "Group"));
    for company in [
        "Minmetals Resources Limited",
        "Hunan Nonferrous Metals Holding Group Co., Ltd.",
    ] {
        assert_eq!(roles_of(&d, company), ["发言"], "{company}");
    }
}

#[test]
fn english_a_list_of_people_present_goes_on_past_a_title_it_does_not_know() {
    let d = english(
        "CCCME Holds Seminar on Carbon Border Adjustment\n\nBeijing, Feb 25 -- The China Chamber of Commerce for Import \
         and Export of Machinery and Electronic Products (CCCME) held a seminar on carbon border adjustment in Beijing \
         on February 25, 2025. The event was co-organized by the China Iron and Steel Association (CISA).\n\nAlso \
         present were CCCME Assistant President Han Mei, CISA Deputy Secretary General Dr. Gao Peng, and Director Xu \
         Rui of the Department of Trade Remedies of CCCME.",
    );
    // The person whose title is not known is named, with no post.
    assert_eq!(roles_of(&d, "Han Mei"), ["出席"], "{}", d.to_yaml());
    assert!(posts_of(&d, "Han Mei").is_empty());
    assert_eq!(
        posts_of(&d, "Gao Peng"),
        [("China Iron and Steel Association".into(), "副秘书长".into())]
    );
    assert_eq!(roles_of(&d, "Xu Rui"), ["出席"]);
}

#[test]
fn english_a_title_of_a_body_then_a_form_of_address_and_a_name_joined_to_the_next_person() {
    let d = english(
        "CCCME Holds Seminar on Carbon Border Adjustment\n\nBeijing, Feb 25 -- The China Chamber of Commerce for Import \
         and Export of Machinery and Electronic Products (CCCME) held a seminar on carbon border adjustment in Beijing \
         on February 25, 2025. The event was co-organized by the China Iron and Steel Association (CISA).\n\nDeputy \
         Director-General of the Trade Remedy and Investigation Bureau Ms. Lan Yuqing and CISA Vice President Jiang \
         Weidong also addressed the seminar.",
    );
    assert_eq!(roles_of(&d, "Lan Yuqing"), ["讲话"], "{}", d.to_yaml());
    assert_eq!(
        posts_of(&d, "Lan Yuqing"),
        [("Trade Remedy and Investigation Bureau".into(), "副局长".into())]
    );
    assert_eq!(
        posts_of(&d, "Jiang Weidong"),
        [("China Iron and Steel Association".into(), "副会长".into())]
    );
}

#[test]
fn english_speakers_are_statements_and_a_remark_in_parentheses_does_not_end_the_list() {
    let d = english(
        "Chamber Holds Seminar on EU Market Access\n\nChaozhou, June 18, 2025 -- A seminar on EU market access for \
         ceramic tableware was held in Chaozhou on June 18, 2025. The event was organized by the China Chamber of \
         Commerce for Import and Export of Light Industrial Products and Arts-Crafts (CCCLA).\n\nSpeakers included \
         Marco Bellini, Secretary General of the European Ceramic Tableware Federation (via video link); Professor \
         Zheng Yaqin of the School of Materials Science and Engineering, South China University of Technology; and \
         Lin Zhaohui, General Manager of Guangdong Sitong Group Co., Ltd.",
    );
    for who in ["Marco Bellini", "Zheng Yaqin", "Lin Zhaohui"] {
        assert_eq!(roles_of(&d, who), ["发言"], "{who}: {}", d.to_yaml());
    }
    assert_eq!(
        posts_of(&d, "Lin Zhaohui"),
        [("Guangdong Sitong Group Co., Ltd.".into(), "总经理".into())]
    );
}

#[test]
fn english_a_groups_own_page_titles_alone_sino_names_and_science_and_technology() {
    let d = english(
        "SINOMACH Holds 2026 Science and Technology Innovation Conference\n\nOn January 22, 2026, China Machinery \
         Industry Group Co., Ltd. (SINOMACH) held its 2026 Science and Technology Innovation Conference in \
         Beijing.\n\nSINOMACH Party Secretary and Chairman Zhang Lixin delivered a speech. The conference was \
         presided over by Director, General Manager and Deputy Party Secretary Huang Wei. Member of the Party \
         Committee and Vice President Sun Xiaojing read out the decision. China Academy of Machinery Science and \
         Technology Group Co., Ltd. and China CAMC Engineering Co., Ltd. made exchange presentations at the \
         conference.",
    );
    let group = "China Machinery Industry Group Co., Ltd.";
    // SINOMACH: Sino for China, then M for Machinery.
    assert_eq!(
        posts_of(&d, "Zhang Lixin"),
        [(group.into(), "党委书记".into()), (group.into(), "董事长".into())],
        "{}",
        d.to_yaml()
    );
    // Titles alone on the group's own page are the group's.
    assert_eq!(
        posts_of(&d, "Huang Wei"),
        [
            (group.into(), "董事".into()),
            (group.into(), "总经理".into()),
            (group.into(), "党委副书记".into())
        ]
    );
    assert_eq!(
        posts_of(&d, "Sun Xiaojing"),
        [(group.into(), "党委委员".into()), (group.into(), "副总裁".into())]
    );
    assert_eq!(
        roles_of(
            &d,
            "China Academy of Machinery Science and Technology Group Co., Ltd."
        ),
        ["发言"]
    );
}

#[test]
fn english_an_abbreviation_of_a_name_with_a_word_in_capitals_a_surname_after_mr_and_a_country_before_a_company()
 {
    let d = english(
        "China-GCC Roundtable Held in Foshan\n\nOn May 21, 2025, the China-GCC Home Appliance Industry Roundtable was \
         held in Foshan, Guangdong province. The event was co-hosted by the China Chamber of Commerce for Import & \
         Export of Light Industrial Products and Arts-Crafts (CCCLA) and the Federation of GCC Chambers \
         (FGCCC).\n\nFGCCC Secretary General Abdulrahman Al-Harbi delivered opening remarks. Mr. Al-Harbi introduced \
         the GCC conformity assessment system. Representatives from Midea Group, Galanz Group and Saudi Arabia's \
         Al-Sharq Electronics shared their experience in cross-border distribution.",
    );
    assert_eq!(
        posts_of(&d, "Abdulrahman Al-Harbi"),
        [("Federation of GCC Chambers".into(), "秘书长".into())],
        "{}",
        d.to_yaml()
    );
    assert_eq!(roles_of(&d, "Abdulrahman Al-Harbi"), ["致辞", "发言"]);
    for org in ["Midea Group", "Galanz Group", "Al-Sharq Electronics"] {
        assert_eq!(roles_of(&d, org), ["发言"], "{org}");
    }
}

#[test]
fn english_a_short_name_of_two_words_of_the_name_defined_in_parentheses() {
    let d = english(
        "Energy China and Ningxia Hold Symposium\n\nYINCHUAN, Jan. 14, 2026 -- China Energy Engineering Corporation \
         Limited (Energy China) held a symposium on green hydrogen in Yinchuan on January 14.\n\nDing Shaoping, Party \
         Secretary and Chairman of Energy China, attended and spoke at the symposium. Tian Jing, deputy director of          the Ningxia Department of Industry and Information Technology, introduced the region's plan.",
    );
    // A province's department is headed by a 厅长, its name opening with the province.
    assert_eq!(
        posts_of(&d, "Tian Jing"),
        [(
            "Ningxia Department of Industry and Information Technology".into(),
            "副厅长".into()
        )]
    );
    let group = "China Energy Engineering Corporation Limited";
    assert_eq!(
        posts_of(&d, "Ding Shaoping"),
        [(group.into(), "党委书记".into()), (group.into(), "董事长".into())],
        "{}",
        d.to_yaml()
    );
}

#[test]
fn english_and_before_a_title_ends_a_name_and_professor_is_no_part_of_a_name() {
    let d = english(
        "SINOMACH Holds Innovation Conference\n\nOn January 22, 2026, China Machinery Industry Group Co., Ltd. held its \
         2026 Science and Technology Innovation Conference in Beijing.\n\nProfessor Ximen Rui, Academician of the \
         Chinese Academy of Engineering and President of Hefei University of Technology, attended the conference.",
    );
    assert_eq!(
        posts_of(&d, "Ximen Rui"),
        [
            ("Chinese Academy of Engineering".into(), "院士".into()),
            ("Hefei University of Technology".into(), "校长".into())
        ],
        "{}",
        d.to_yaml()
    );
}

#[test]
fn english_people_present_named_after_a_group_they_belong_to() {
    let d = english(
        "SINOMACH Holds Innovation Conference\n\nOn January 22, 2026, China Machinery Industry Group Co., Ltd. \
         (SINOMACH) held its 2026 Science and Technology Innovation Conference in Beijing.\n\nAlso present were other \
         members of SINOMACH's leadership team, including Vice General Manager Wu Peilin, and Chief Accountant Ning \
         Xiaofang.",
    );
    let group = "China Machinery Industry Group Co., Ltd.";
    assert_eq!(
        posts_of(&d, "Wu Peilin"),
        [(group.into(), "副总经理".into())],
        "{}",
        d.to_yaml()
    );
    assert_eq!(posts_of(&d, "Ning Xiaofang"), [(group.into(), "总会计师".into())]);
    for who in ["Wu Peilin", "Ning Xiaofang"] {
        assert_eq!(roles_of(&d, who), ["出席"], "{who}");
    }
}

#[test]
fn english_explained_is_a_statement_and_said_in_a_keynote_speech_a_speech() {
    let d = english(
        "CCCME Holds Seminar on Battery Rules\n\nBeijing, Feb 25, 2025 -- The China Chamber of Commerce for Import and \
         Export of Machinery and Electronic Products (CCCME) held a seminar on EU battery rules in Beijing on February \
         25, 2025.\n\nLaura Becker, Partner at the Brussels office of Heller & Vance LLP, explained the due diligence \
         obligations for battery raw materials. Vice Minister of Industry and Information Technology Gao Yunfeng said \
         in a keynote speech at the opening ceremony that exports grew.",
    );
    assert_eq!(roles_of(&d, "Laura Becker"), ["发言"], "{}", d.to_yaml());
    assert_eq!(roles_of(&d, "Gao Yunfeng"), ["讲话"]);
}

#[test]
fn english_the_chairman_of_the_board_of_directors_of_a_group() {
    let d = english(
        "Industrial Internet Summit Opens in Qingdao\n\nQINGDAO, Sept 5, 2025 (Xinhua) -- The 2025 Industrial \
         Internet Summit opened in Qingdao on September 5, 2025, organized by the China Academy of Information and \
         Communications Technology.\n\nZhou Yuntao, chairman of the board of directors of Haier Group, delivered a \
         speech on the company's platform.",
    );
    assert_eq!(
        posts_of(&d, "Zhou Yuntao"),
        [("Haier Group".into(), "董事长".into())],
        "{}",
        d.to_yaml()
    );
    assert_eq!(roles_of(&d, "Zhou Yuntao"), ["讲话"]);
}

#[test]
fn english_a_meeting_named_in_full_later_officials_and_sharing_speakers() {
    let d = english(
        "Regulator urges SOEs to adopt AI\n\nBEIJING, March 3, 2026 (Xinhua) -- China's assets regulator on Tuesday \
         called on central enterprises to adopt AI, at a symposium held in Beijing.\n\nThe symposium on applying \
         industrial AI in central SOEs was presided over by Ma Jun, deputy director of the SASAC.\n\nLi Hong, \
         chairman of China Nuclear Instruments Corporation, and Zhou Bin, general manager of China Rail Materials \
         Group, spoke at the meeting, sharing their experience in building large models.\n\nOfficials from the \
         Ministry of Industry and Information Technology and the National Data Administration, and heads of more \
         than 30 central SOEs, attended the meeting.",
    );
    let m = &d.meetings[0];
    assert_eq!(
        m.name,
        "symposium on applying industrial AI in central SOEs",
        "{}",
        d.to_yaml()
    );
    assert_eq!(roles_of(&d, "Ma Jun"), ["主持"]);
    assert_eq!(roles_of(&d, "Li Hong"), ["发言"], "{}", d.to_yaml());
    assert_eq!(roles_of(&d, "Zhou Bin"), ["发言"]);
    assert_eq!(roles_of(&d, "National Data Administration"), ["出席"]);
    assert_eq!(
        roles_of(&d, "Ministry of Industry and Information Technology"),
        ["出席"]
    );
}

#[test]
fn english_a_co_host_beside_the_convener_heads_brought_together_and_an_adviser_at_a_company() {
    let d = english(
        "CCCME Convenes Roundtable\n\nHangzhou, July 9, 2025 -- The China Chamber of Commerce for Import and Export of \
         Machinery and Electronic Products (CCCME) convened a roundtable on EU market access in Hangzhou on \
         Wednesday, co-hosted by the Zhejiang Provincial Department of Commerce.\n\nIt brought together heads of the \
         Jiangsu Machinery Industry Association and the Ningbo Chamber of Commerce for Mould Industry, as well as \
         some exporters.\n\nDr. Martin Keller, Senior Advisor on Technical Regulations at TUV Rheinland Greater \
         China, gave a presentation titled \"Key Changes under the EU Machinery Regulation\".",
    );
    let m = &d.meetings[0];
    assert_eq!(
        m.organizers,
        ["China Chamber of Commerce for Import and Export of Machinery and Electronic Products"],
        "{}",
        d.to_yaml()
    );
    assert_eq!(m.co_organizers, ["Zhejiang Provincial Department of Commerce"]);
    assert_eq!(roles_of(&d, "Jiangsu Machinery Industry Association"), ["参加"]);
    assert_eq!(
        roles_of(&d, "Ningbo Chamber of Commerce for Mould Industry"),
        ["参加"]
    );
    assert_eq!(roles_of(&d, "Martin Keller"), ["作报告"], "{}", d.to_yaml());
    assert!(
        d.organizations
            .iter()
            .any(|o| o.name == "TUV Rheinland Greater China")
    );
    assert!(d.organizations.iter().all(|o| o.name != "Commerce"));
}

#[test]
fn english_a_host_beside_the_body_that_held_the_meeting_undertakes_it() {
    let held = "CEA Holds Review Meeting\n\nXIAMEN, May 13 -- The China Eyewear Association (CEA) held a review \
                meeting for a group standard in Xiamen on Tuesday. ";
    let d = english(&format!(
        "{held}The meeting was co-organized by the Xiamen Optical Industry Association and hosted by Xiamen Yarui \
         Optical Co., Ltd."
    ));
    let m = &d.meetings[0];
    assert_eq!(m.organizers, ["China Eyewear Association"], "{}", d.to_yaml());
    assert_eq!(m.co_organizers, ["Xiamen Optical Industry Association"]);
    assert_eq!(m.undertakers, ["Xiamen Yarui Optical Co., Ltd."]);
    // Hosted by the body that held it: still its organizer.
    let d = english(&format!("{held}The event was hosted by CEA."));
    let m = &d.meetings[0];
    assert_eq!(m.organizers, ["China Eyewear Association"], "{}", d.to_yaml());
    assert!(m.undertakers.is_empty());
}

#[test]
fn english_a_ceremony_attended_beside_talks_is_the_meeting() {
    let d = english(
        "Sinomach and Tsinghua University sign agreement\n\nOn June 6, China National Machinery Industry \
         Corporation Ltd. (Sinomach) and Tsinghua University signed a strategic cooperation agreement in Beijing. \
         Zhang Xiaolun, Chairman of Sinomach, and Li Luming, President of Tsinghua University, attended the \
         signing ceremony and held talks.",
    );
    let m = &d.meetings[0];
    assert_eq!(m.name, "signing ceremony", "{}", d.to_yaml());
    assert_eq!(
        (m.date.as_deref(), m.place.as_deref()),
        (Some("2025-06-06"), Some("Beijing"))
    );
    assert_eq!(roles_of(&d, "Li Luming"), ["出席"]);
    // Talks alone are the meeting.
    let d = english(
        "Sinomach meets Tsinghua\n\nOn June 6, Zhang Xiaolun, Chairman of China National Machinery Industry \
         Corporation Ltd., held talks with Li Luming, President of Tsinghua University, in Beijing.",
    );
    assert_eq!(d.meetings[0].name, "talks", "{}", d.to_yaml());
}

#[test]
fn english_an_information_line_with_a_date_and_a_source_is_no_sentence() {
    let d = english(
        "Sinomach and Tsinghua University sign agreement\n2025-06-10 Source: Corporate Communications \
         Department\n\nOn June 6, China National Machinery Industry Corporation Ltd. (Sinomach) and Tsinghua \
         University signed a strategic cooperation agreement in Beijing. Zhang Xiaolun, Chairman of Sinomach, \
         attended the signing ceremony.",
    );
    // The first sentence of the report, not the information line, gives the date and place.
    let m = &d.meetings[0];
    assert_eq!(m.date.as_deref(), Some("2025-06-06"), "{}", d.to_yaml());
    assert_eq!(m.place.as_deref(), Some("Beijing"));
}

#[test]
fn english_buyers_and_a_while_clause_a_chamber_abroad_and_a_chambers_vice_chairman() {
    let d = english(
        "CCCLA Holds Roundtable\n\nOn October 19, 2025, the China Chamber of Commerce for Import & Export of Light \
         Industrial Products and Arts-Crafts (CCCLA) held the \"Light Industry Sourcing Roundtable\" in Guangzhou.\n\n\
         Mr. Zhang Wenhao, Vice Chairman of CCCLA, delivered the opening remarks. Mr. Henrik Madsen, Vice President \
         of the European Union Chamber of Commerce in China, attended. Mr. Feng Haochen, Director of the CCCLA \
         Department of Industry Self-discipline, attended.\n\nBuyers from Decathlon SE and Kingfisher plc shared their \
         sourcing requirements, while Ningbo Zhongda Leisure Products Co., Ltd. and Fujian Dehua Jiayi Ceramics Co., \
         Ltd. presented their practices in low-carbon production.",
    );
    let cccla = "China Chamber of Commerce for Import & Export of Light Industrial Products and Arts-Crafts";
    assert_eq!(
        d.meetings[0].place.as_deref(),
        Some("Guangzhou"),
        "{}",
        d.to_yaml()
    );
    assert_eq!(
        posts_of(&d, "Zhang Wenhao"),
        [(cccla.to_owned(), "副会长".to_owned())]
    );
    assert_eq!(
        posts_of(&d, "Henrik Madsen"),
        [(
            "European Union Chamber of Commerce in China".into(),
            "副会长".into()
        )]
    );
    assert_eq!(
        posts_of(&d, "Feng Haochen"),
        [("Department of Industry Self-discipline".into(), "主任".into())]
    );
    for o in [
        "Decathlon SE",
        "Kingfisher plc",
        "Ningbo Zhongda Leisure Products Co., Ltd.",
    ] {
        assert_eq!(roles_of(&d, o), ["发言"], "{o}: {}", d.to_yaml());
    }
}

#[test]
fn english_a_described_forum_named_next_a_panel_chair_in_lower_case_and_a_council() {
    let d = english(
        "SOE hosts forum\n\nBEIJING, April 9, 2026 (Xinhua) -- China Hydropower Engineering Group Co., Ltd. (CHEG), a \
         central state-owned enterprise, hosted a forum on international green energy cooperation in Beijing on \
         Thursday.\n\nThe Belt and Road Green Energy Cooperation Forum 2026 was held under the guidance of the \
         SASAC.\n\n\"We act,\" said Lu Guofeng, chairman of CHEG, in his address at the opening ceremony.\n\n\
         Speaking at a panel discussion chaired by CHEG vice president Kang Li, Amina Yusuf, a Nigerian official, \
         said her country hoped to cooperate.\n\nDu Xiaowen, vice chairman of the China Electricity Council, \
         attended the forum.",
    );
    let m = &d.meetings[0];
    assert_eq!(
        m.name,
        "Belt and Road Green Energy Cooperation Forum 2026",
        "{}",
        d.to_yaml()
    );
    assert_eq!(m.organizers, ["China Hydropower Engineering Group Co., Ltd."]);
    assert_eq!(roles_of(&d, "Lu Guofeng"), ["讲话"]);
    assert_eq!(roles_of(&d, "Kang Li"), ["主持"], "{}", d.to_yaml());
    assert_eq!(
        posts_of(&d, "Kang Li"),
        [(
            "China Hydropower Engineering Group Co., Ltd.".into(),
            "副总裁".into()
        )]
    );
    assert_eq!(
        posts_of(&d, "Du Xiaowen"),
        [("China Electricity Council".into(), "副会长".into())]
    );
}

#[test]
fn english_sino_for_china_national_and_a_date_with_its_year_before_the_host() {
    let d = english(
        "SINOMACH Holds Conference\n\nOn January 21, 2026, China National Machinery Industry Corporation Ltd. \
         (SINOMACH) held its 2026 Science and Technology Innovation Conference in Beijing.\n\nZhang Wenhui, \
         Secretary of the Party Committee and Chairman of SINOMACH, attended and addressed the conference.",
    );
    let sinomach = "China National Machinery Industry Corporation Ltd.";
    assert_eq!(d.meetings[0].organizers, [sinomach], "{}", d.to_yaml());
    assert_eq!(
        posts_of(&d, "Zhang Wenhui"),
        [
            (sinomach.to_owned(), "党委书记".to_owned()),
            (sinomach.to_owned(), "董事长".to_owned())
        ]
    );
}

#[test]
fn english_titles_with_no_organization_after_a_name_on_the_hosts_page() {
    let d = english(
        "CNCEC Holds Work Conference\n\nOn January 8, 2026, China National Chemical Engineering Group Corporation Ltd. \
         (CNCEC) held its 2026 work conference in Beijing.\n\nZhuge Peng, Deputy Secretary of the Party Committee, \
         Director and President, chaired the opening session.\n\nRuan Lijuan, member of the Party Committee, Vice \
         President and Chief Financial Officer, presented the 2026 financial budget.",
    );
    let cncec = "China National Chemical Engineering Group Corporation Ltd.".to_owned();
    assert_eq!(
        posts_of(&d, "Zhuge Peng"),
        [
            (cncec.clone(), "党委副书记".to_owned()),
            (cncec.clone(), "董事".to_owned()),
            (cncec.clone(), "总裁".to_owned())
        ],
        "{}",
        d.to_yaml()
    );
    assert_eq!(roles_of(&d, "Zhuge Peng"), ["主持"]);
    assert!(posts_of(&d, "Ruan Lijuan").contains(&(cncec, "总会计师".to_owned())));
}

#[test]
fn english_an_outgoing_president_an_abbreviation_before_a_name_and_names_with_no_titles() {
    let d = english(
        "Rubber Association Holds General Assembly\n\nBeijing, June 5, 2025 -- The China Rubber Industry Association \
         (CRIA) held its general assembly in Beijing on June 5, 2025. Outgoing President Fan Rongguang delivered a work \
         report. Deputy Director-General of the Department of Foreign Trade of the Ministry of Commerce (MOFCOM) Qu \
         Hongmei briefed participants on trade facilitation. Other members of the leadership team, including Feng \
         Xuemin, Gu Shaoyun and Leng Yanqiu, attended the assembly. Hong Kong and Macao delegates attended.",
    );
    assert_eq!(roles_of(&d, "Fan Rongguang"), ["作报告"], "{}", d.to_yaml());
    assert_eq!(
        posts_of(&d, "Qu Hongmei"),
        [("Department of Foreign Trade".to_owned(), "副司长".to_owned())]
    );
    assert_eq!(roles_of(&d, "Qu Hongmei"), ["通报"]);
    for name in ["Feng Xuemin", "Gu Shaoyun", "Leng Yanqiu"] {
        assert_eq!(roles_of(&d, name), ["出席"], "{name}");
    }
    assert!(d.people.iter().all(|p| !p.name.contains("Hong Kong")));
}

#[test]
fn english_a_meeting_named_with_an_abbreviation_in_its_subject_and_groups_that_present_their_practices() {
    let d = english(
        "Central SOEs told to step up investment\n\nBEIJING, Feb. 11 (Xinhua) -- The remarks were made by Gou Zhenbang, \
         deputy head of SASAC, at a promotion meeting on the development of strategic emerging industries by central \
         SOEs held in Beijing. At the meeting, China Electronics Technology Group Corporation and China Three Gorges \
         Corporation delivered presentations on their practices.",
    );
    let m = &d.meetings[0];
    assert_eq!(
        m.name,
        "promotion meeting on the development of strategic emerging industries by central SOEs",
        "{}",
        d.to_yaml()
    );
    assert_eq!(m.place.as_deref(), Some("Beijing"));
    for o in [
        "China Electronics Technology Group Corporation",
        "China Three Gorges Corporation",
    ] {
        assert_eq!(roles_of(&d, o), ["发言"], "{o}");
    }
}

#[test]
fn english_a_total_attendance_wins_over_the_counts_it_adds_up() {
    let d = english(
        "Sinopec Holds Science and Technology Conference\n\nBeijing, March 5, 2025 -- China Petrochemical Corporation \
         (Sinopec Group) held its 2025 science and technology conference in Beijing on March 5, 2025. Some 320 people \
         attended at the main venue, while more than 2,000 joined via video link from 86 sub-venues, bringing total \
         attendance to around 2,300.",
    );
    assert_eq!(d.meetings[0].attendance_count, Some(2300), "{}", d.to_yaml());
}

#[test]
fn english_exchange_speeches_are_statements_and_a_field_listed_with_commas_stays_in_the_name() {
    let d = english(
        "Fishery Group Holds Work Conference\n\nBeijing, January 10, 2025 -- China National Fisheries Group held its \
         2025 work conference in Beijing on January 9. Representatives from Ocean Fisheries Co., Ltd. and Coastal \
         Fisheries Co., Ltd. made exchange speeches on fleet safety. Lian Jingwen, director of the Hangzhou Municipal \
         Bureau of Culture, Radio, Television and Tourism, attended the meeting. Bian Jiawei, deputy administrator of \
         the China National Space Administration, attended the meeting and delivered a speech.",
    );
    for o in ["Ocean Fisheries Co., Ltd.", "Coastal Fisheries Co., Ltd."] {
        assert_eq!(roles_of(&d, o), ["发言"], "{o}: {}", d.to_yaml());
    }
    assert_eq!(
        posts_of(&d, "Lian Jingwen"),
        [(
            "Hangzhou Municipal Bureau of Culture, Radio, Television and Tourism".into(),
            "局长".into()
        )],
        "{}",
        d.to_yaml()
    );
    assert_eq!(
        posts_of(&d, "Bian Jiawei"),
        [("China National Space Administration".into(), "副局长".into())]
    );
    assert_eq!(roles_of(&d, "Bian Jiawei"), ["出席", "讲话"]);
}

#[test]
fn english_attendees_named_after_their_group_and_after_as_well_as() {
    let d = english(
        "CSIA Delegation Visits JCET\n\nOn July 11, 2024, a delegation of the China Semiconductor Industry \
         Association (CSIA) visited JCET Group in Jiangyin and held a symposium with JCET. Attending the symposium \
         were delegation members Ge Shufen, Secretary-General of the Packaging Branch of CSIA, and Shan Yu, Director \
         of the Industry Research Department of CSIA, as well as Ji Hongbo, Deputy Director-General of the Wuxi \
         Municipal Bureau of Industry and Information Technology. Lou Jianfeng, CEO of Chang Guang Satellite \
         Technology Co., Ltd., shared the company's plans to expand its constellation.",
    );
    for who in ["Ge Shufen", "Shan Yu", "Ji Hongbo"] {
        assert_eq!(roles_of(&d, who), ["出席"], "{who}: {}", d.to_yaml());
    }
    assert_eq!(
        posts_of(&d, "Ji Hongbo"),
        [(
            "Wuxi Municipal Bureau of Industry and Information Technology".into(),
            "副局长".into()
        )]
    );
    assert_eq!(roles_of(&d, "Lou Jianfeng"), ["发言"]);
}

#[test]
fn english_a_company_name_with_a_word_of_digits_and_capitals() {
    let d = english(
        "On June 14, 2025, the China Association for Medical Devices Industry (CAMDI) held its annual conference in \
         Chengdu. Ms. Xin Hua, Vice President of Hangzhou Shining 3D Tech Co., Ltd., attended the conference.",
    );
    assert_eq!(
        posts_of(&d, "Xin Hua"),
        [("Hangzhou Shining 3D Tech Co., Ltd.".into(), "副总裁".into())],
        "{}",
        d.to_yaml()
    );
}

#[test]
fn english_where_a_company_is_based_is_no_part_of_its_name() {
    let d = english(
        "On May 20, 2025, the China Convention and Exhibition Society held a forum in Shanghai. Ji Mingkai, chairman of \
         Shanghai-based Donghao Lansheng Group, attended the forum.",
    );
    assert_eq!(
        posts_of(&d, "Ji Mingkai"),
        [("Donghao Lansheng Group".into(), "董事长".into())],
        "{}",
        d.to_yaml()
    );
}

#[test]
fn english_executives_with_a_moderator_take_part() {
    let d = english(
        "On May 20, 2025, the China Automobile Dealers Association (CADA) held a forum in Beijing. A panel discussion \
         was moderated by Ping Kang, Deputy Secretary-General of CADA, with executives from BYD Auto Sales Co., Ltd. \
         and Chongqing Changan Automobile Co., Ltd. taking part.",
    );
    assert_eq!(roles_of(&d, "Ping Kang"), ["主持"], "{}", d.to_yaml());
    for o in [
        "BYD Auto Sales Co., Ltd.",
        "Chongqing Changan Automobile Co., Ltd.",
    ] {
        assert_eq!(roles_of(&d, o), ["参加"], "{o}: {}", d.to_yaml());
    }
}

#[test]
fn english_a_welcome_address_said_in_and_representatives_of_a_company_without_a_word_like_group() {
    let d = english(
        "CHONGQING, June 17 (Xinhua) -- The founding conference of the ICV Alliance was held on Tuesday in Chongqing. \
         Ouyang Hui, deputy director of the Chongqing Municipal Commission of Economy and Information Technology, said \
         in his welcome address that the city would open more roads for testing. Representatives of Tongji University \
         and Horizon Robotics also spoke at the conference.",
    );
    assert_eq!(roles_of(&d, "Ouyang Hui"), ["致辞"], "{}", d.to_yaml());
    for o in ["Tongji University", "Horizon Robotics"] {
        assert_eq!(roles_of(&d, o), ["发言"], "{o}: {}", d.to_yaml());
    }
}

#[test]
fn english_a_founding_conference_is_named_with_what_it_founds() {
    let d = english(
        "CHONGQING, June 17 (Xinhua) -- The founding conference of the Intelligent Connected Vehicle Testing and \
         Validation Alliance was hosted by China Automotive Engineering Research Institute Co., Ltd. (CAERI) in \
         Chongqing on Tuesday.",
    );
    assert_eq!(
        d.meetings[0].name,
        "founding conference of the Intelligent Connected Vehicle Testing and Validation Alliance",
        "{}",
        d.to_yaml()
    );
}

#[test]
fn english_a_city_party_committee_and_a_deputy_dean() {
    let d = english(
        "LUOYANG, May 12 (Xinhua) -- The China Gold Association held a mine safety forum in Luoyang on Monday. Xu Heng, \
         Deputy Secretary of the CPC Luoyang Municipal Committee and Mayor of Luoyang, delivered a welcome speech. Sun \
         Lan, deputy dean of the School of Mining at Central South University, delivered a keynote report.",
    );
    assert_eq!(roles_of(&d, "Xu Heng"), ["致辞"], "{}", d.to_yaml());
    assert_eq!(
        posts_of(&d, "Xu Heng"),
        [
            ("CPC Luoyang Municipal Committee".into(), "党委副书记".into()),
            ("Luoyang Municipal People's Government".into(), "市长".into())
        ],
        "{}",
        d.to_yaml()
    );
    assert_eq!(
        posts_of(&d, "Sun Lan"),
        [("School of Mining".into(), "副院长".into())],
        "{}",
        d.to_yaml()
    );
}

#[test]
fn english_a_meeting_named_in_capitals_before_the_sentence_that_says_who_hosted_it() {
    let d = english(
        "Aftermarket players gear up\nBy Zhou Yiran in Shanghai | Updated: 2025-05-16 09:42\nChina's automotive \
         aftermarket is entering a period of consolidation, industry leaders said at the 2025 China Automotive \
         Aftermarket Summit in Shanghai on Thursday. The summit was hosted by the China Automobile Dealers Association.",
    );
    assert_eq!(
        d.meetings[0].name,
        "2025 China Automotive Aftermarket Summit",
        "{}",
        d.to_yaml()
    );
    assert_eq!(d.meetings[0].place.as_deref(), Some("Shanghai"));
    assert_eq!(d.meetings[0].organizers, ["China Automobile Dealers Association"]);
}

#[test]
fn english_a_sites_footer_naming_its_sponsor_is_no_part_of_the_report() {
    let d = english(
        "MNR holds press conference\nThe Ministry of Natural Resources (MNR) held its March regular press conference \
         in Beijing on Friday.\nSponsored by: Ministry of Natural Resources of the People's Republic of China \
         Maintained by: Information Center of the Ministry of Natural Resources",
    );
    assert_eq!(
        d.meetings[0].organizers,
        ["Ministry of Natural Resources"],
        "{}",
        d.to_yaml()
    );
    assert!(d.organizations.iter().all(|o| !o.name.contains("Maintained")));
}

#[test]
fn english_a_company_known_by_its_name_alone_after_a_company_title() {
    let d = english(
        "XI'AN, May 20 (Xinhua) -- The 2025 Forum on Cultural Heritage Conservation opened in Xi'an on Tuesday. Wei \
         Jiaqi, vice president of Tencent, spoke at the opening session. Li Na, vice mayor of Xi'an, attended the forum.",
    );
    assert_eq!(
        posts_of(&d, "Wei Jiaqi"),
        [("Tencent".into(), "副总裁".into())],
        "{}",
        d.to_yaml()
    );
    assert!(
        posts_of(&d, "Li Na").iter().all(|(o, _)| o != "Xi'an"),
        "{}",
        d.to_yaml()
    );
}

#[test]
fn english_a_researcher_at_an_academy() {
    let d = english(
        "XI'AN, May 20 (Xinhua) -- The 2025 Forum on Cultural Heritage Conservation opened in Xi'an on Tuesday. Su \
         Bairong, a researcher at the Dunhuang Academy, spoke at the forum.",
    );
    assert_eq!(
        posts_of(&d, "Su Bairong"),
        [("Dunhuang Academy".into(), "研究员".into())],
        "{}",
        d.to_yaml()
    );
}

#[test]
fn english_a_societys_abbreviation_after_its_conference_and_a_name_closed_by_and() {
    let d = english(
        "2025 CHSLA Annual Conference Held in Xiamen\nThe 2025 Annual Conference of the Chinese Society of Landscape \
         Architecture (CHSLA) was held in Xiamen, Fujian Province from October 17 to 19. The conference was organized \
         by CHSLA and undertaken by the Xiamen Municipal Bureau of Landscape and Forestry and Huaqiao University. Shi \
         Guorui, President of CHSLA, delivered a speech.",
    );
    assert_eq!(
        posts_of(&d, "Shi Guorui"),
        [("Chinese Society of Landscape Architecture".into(), "会长".into())],
        "{}",
        d.to_yaml()
    );
    let m = &d.meetings[0];
    assert_eq!(
        m.undertakers,
        [
            "Xiamen Municipal Bureau of Landscape and Forestry",
            "Huaqiao University"
        ],
        "{}",
        d.to_yaml()
    );
}

#[test]
fn english_a_meeting_named_before_held_in_between_commas() {
    let d = english(
        "BEIJING, June 5 (Xinhua) -- China will see more rain this summer, the China Meteorological Administration \
         (CMA) said on Thursday.\n\nThe CMA's June press conference, held in Beijing on Thursday, focused on the \
         climate outlook.\n\nZhai Liyuan, deputy director of the National Climate Center, briefed reporters on the \
         climate outlook.",
    );
    let m = &d.meetings[0];
    assert_eq!(m.name, "June press conference", "{}", d.to_yaml());
    assert_eq!(m.place.as_deref(), Some("Beijing"));
    assert_eq!(roles_of(&d, "Zhai Liyuan"), ["通报"]);
}

#[test]
fn english_a_sentence_opening_with_by_is_no_byline_and_an_abbreviation_extending_the_initials() {
    let d = english(
        "Summit opens\nBy Xinhua writers Li Yan and Wang Bo\nSHENZHEN, Nov. 6 (Xinhua) -- More than 800 representatives \
         gathered in Shenzhen on Thursday for the 2025 China Urban Rail Transit Summit.\n\nThe summit was sponsored by \
         the China Association of Metros (CAMET).\n\nBy the end of September, 58 cities had metro lines. \"Maintenance \
         is key,\" Ying Zhiqiang, president of CAMET, said in a speech at the opening ceremony.",
    );
    assert_eq!(
        posts_of(&d, "Ying Zhiqiang"),
        [("China Association of Metros".into(), "会长".into())],
        "{}",
        d.to_yaml()
    );
    assert_eq!(roles_of(&d, "Ying Zhiqiang"), ["讲话"]);
    assert!(d.people.iter().all(|p| p.name != "Li Yan"), "{}", d.to_yaml());
}

#[test]
fn english_said_in_a_speech_after_the_quote() {
    let d = english(
        "NANNING, Nov. 18 (Xinhua) -- The 2025 China-ASEAN Sugar Industry Cooperation Forum was held in Nanning on \
         Tuesday.\n\n\"ASEAN countries are our closest partners,\" said Liang Weiming, president of the China Sugar \
         Association, in a speech at the opening session.",
    );
    assert_eq!(roles_of(&d, "Liang Weiming"), ["讲话"], "{}", d.to_yaml());
}

#[test]
fn english_an_authority_is_an_organization() {
    let d = english(
        "GUANGZHOU, May 20 -- The 2025 Baiyun Air Cargo Route Promotion Conference was held in Guangzhou on Tuesday. \
         Huo Lingyun, Party Secretary and Chairwoman of Guangdong Airport Authority, delivered a welcome speech.",
    );
    assert_eq!(
        posts_of(&d, "Huo Lingyun"),
        [
            ("Guangdong Airport Authority".into(), "党委书记".into()),
            ("Guangdong Airport Authority".into(), "董事长".into())
        ],
        "{}",
        d.to_yaml()
    );
}

#[test]
fn english_a_surname_in_capitals() {
    let d = english(
        "IAC Opens 2026 Training Program\nThe 2026 Training Program on Catastrophe Insurance opened in Hangzhou on April \
         14. It was hosted by the Insurance Association of China (IAC). Ms. SITU Hui, Executive Vice President of IAC, \
         attended the opening ceremony and delivered a speech. AI Technology was discussed.",
    );
    assert_eq!(
        posts_of(&d, "Situ Hui"),
        [("Insurance Association of China".into(), "常务副会长".into())],
        "{}",
        d.to_yaml()
    );
    let situ = d.people.iter().find(|p| p.name == "Situ Hui").unwrap();
    assert_eq!(situ.original.as_deref(), Some("SITU Hui"));
    assert!(
        d.people.iter().all(|p| !p.name.starts_with("Ai")),
        "{}",
        d.to_yaml()
    );
}

#[test]
fn english_a_companys_distinctive_word_alone() {
    let d = english(
        "Hengrui Holds 2026 Global Supplier Conference\nOn January 15, Zhejiang Hengrui Power Tools Co., Ltd. held its \
         2026 Global Supplier Conference in Jinhua. Mr. Zhiyuan Duanmu, Chairman and President of Hengrui, delivered a \
         welcome speech. Peng Mo, Chief Engineer of Zhejiang, spoke.",
    );
    let company = "Zhejiang Hengrui Power Tools Co., Ltd.";
    assert_eq!(
        posts_of(&d, "Zhiyuan Duanmu"),
        [(company.into(), "董事长".into()), (company.into(), "总裁".into())],
        "{}",
        d.to_yaml()
    );
    assert!(posts_of(&d, "Peng Mo").is_empty(), "{}", d.to_yaml());
}

#[test]
fn english_said_in_his_opening_address() {
    let d = english(
        "SHANGHAI, Sept. 3 (Xinhua) -- The China Toy and Juvenile Products Association (CTJPA) held a press conference \
         in Shanghai on Wednesday.\n\nLiang Yuxuan, president of the CTJPA, said in his opening address that the expo \
         will grow.",
    );
    assert_eq!(roles_of(&d, "Liang Yuxuan"), ["致辞"], "{}", d.to_yaml());
}

/// A city of Xinjiang whose English name is no pinyin (Horgos) has its people's government as a Chinese city's.
#[test]
fn english_a_city_named_in_no_pinyin_has_its_government() {
    let d = english(
        "HORGOS, Aug. 12 (Xinhua) -- The 2025 China-Central Asia E-commerce Forum opened on Tuesday in Horgos. The \
         two-day forum was hosted by the Horgos municipal government. Shan Yuqing, mayor of Horgos, delivered a \
         welcome speech.",
    );
    assert_eq!(
        organizers(&d)[0],
        v(&["Horgos Municipal People's Government"]),
        "{}",
        d.to_yaml()
    );
    assert_eq!(
        posts_of(&d, "Shan Yuqing"),
        [(
            "Horgos Municipal People's Government".to_owned(),
            "市长".to_owned()
        )]
    );
}
