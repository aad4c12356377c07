//! Questions the extraction tests ask of drafted records.

use orgkg::records::Dataset;

/// The roles `who` has at the first meeting.
pub fn roles_of<'a>(d: &'a Dataset, who: &str) -> Vec<&'a str> {
    d.meetings[0]
        .participants
        .iter()
        .filter(|p| p.who == who)
        .flat_map(|p| p.roles.iter().map(String::as_str))
        .collect()
}

/// The posts of the person named `who`, as (organization, role).
pub fn posts_of(d: &Dataset, who: &str) -> Vec<(String, String)> {
    d.people
        .iter()
        .filter(|p| p.name == who)
        .flat_map(|p| p.posts.iter().map(|q| (q.org.clone(), q.role.clone())))
        .collect()
}

/// The parent of the organization named `name` (`None` when there is no such organization).
pub fn org_parent(d: &Dataset, name: &str) -> Option<Option<String>> {
    d.all_organizations()
        .into_iter()
        .find(|(o, _)| o.name == name)
        .map(|(_, p)| p.map(str::to_owned))
}

/// The reports of the first meeting, as (title, author).
pub fn reports_of(d: &Dataset) -> Vec<(&str, Option<&str>)> {
    d.meetings[0]
        .reports
        .iter()
        .map(|r| (r.title.as_str(), r.author.as_deref()))
        .collect()
}
