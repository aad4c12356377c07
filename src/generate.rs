//! A synthetic graph in the same model, for benchmarks: associations with departments and branches,
//! companies and government bodies, people with posts, and meetings with organizers and participants.
//!
//! The same seed always gives the same records, so benchmark numbers can be reproduced.

use crate::records::{Dataset, Meeting, Organization, Participant, Person, PostHeld, Report, Source};

const PROVINCES: &[&str] = &[
    "北京市",
    "天津市",
    "河北省",
    "山西省",
    "内蒙古自治区",
    "辽宁省",
    "吉林省",
    "黑龙江省",
    "上海市",
    "江苏省",
    "浙江省",
    "安徽省",
    "福建省",
    "江西省",
    "山东省",
    "河南省",
    "湖北省",
    "湖南省",
    "广东省",
    "广西壮族自治区",
    "海南省",
    "重庆市",
    "四川省",
    "贵州省",
    "云南省",
    "西藏自治区",
    "陕西省",
    "甘肃省",
    "青海省",
    "宁夏回族自治区",
    "新疆维吾尔自治区",
];
const INDUSTRIES: &[&str] = &[
    "有色金属",
    "钢铁",
    "冶金",
    "铜",
    "铝",
    "稀土",
    "黄金",
    "煤炭",
    "石油",
    "化工",
    "建材",
    "水泥",
    "玻璃",
    "纺织",
    "服装",
    "机械",
    "汽车",
    "电子",
    "软件",
    "通信",
    "电力",
    "新能源",
    "光伏",
    "风电",
    "锂电池",
    "物流",
    "港口",
    "航运",
    "食品",
    "乳业",
    "茶叶",
    "医药",
    "医疗器械",
    "环保",
    "再生资源",
    "建筑",
    "房地产",
    "旅游",
    "出版",
    "印刷",
];
const DEPARTMENTS: &[&str] = &[
    "会员部",
    "办公室",
    "行业发展部",
    "科技部",
    "统计部",
    "国际部",
    "标准化部",
    "信息部",
    "财务部",
    "培训部",
];
const BRANCHES: &[&str] = &[
    "金银分会",
    "再生金属分会",
    "加工分会",
    "装备分会",
    "青年企业家分会",
];
const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何",
    "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓",
    "许", "傅", "沈", "曾", "彭", "吕",
];
const GIVEN: &[&str] = &[
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
    "秀", "霞", "平", "刚", "桂", "英", "华", "建", "国", "文", "辉", "鹏", "宇", "峰", "健", "群", "忠",
    "良", "卫", "肃", "桐", "青", "海",
];
const MEETING_KINDS: &[&str] = &[
    "座谈会",
    "年会",
    "理事会",
    "工作会议",
    "高峰论坛",
    "研讨会",
    "交流会",
    "发布会",
];
const PLACES: &[&str] = &[
    "北京", "上海", "西安", "成都", "长沙", "南京", "杭州", "广州", "武汉", "昆明", "兰州", "沈阳",
];
const TOPICS: &[&str] = &[
    "区域协同",
    "技术创新",
    "绿色转型",
    "数字化",
    "标准建设",
    "国际合作",
    "安全生产",
    "人才培养",
];

/// A deterministic pseudo-random source (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Generates records for `organizations` organizations (about 470 triples each once loaded).
pub fn generate(organizations: usize, seed: u64) -> Dataset {
    let mut rng = Rng(seed);
    let source = Source {
        id: format!("generated-{seed}"),
        title: Some(format!("synthetic graph, seed {seed}")),
        ..Source::default()
    };
    let mut orgs = Vec::with_capacity(organizations);
    // (organization name, unit names) for posts.
    let mut places: Vec<(String, Vec<String>)> = Vec::with_capacity(organizations);
    for i in 0..organizations {
        let province = PROVINCES[i % PROVINCES.len()];
        let industry = INDUSTRIES[(i / PROVINCES.len()) % INDUSTRIES.len()];
        let round = i / (PROVINCES.len() * INDUSTRIES.len());
        let (suffix, kind) = match i % 5 {
            0 | 1 => ("行业协会", "industry-association"),
            2 => ("工业协会", "industry-association"),
            3 => ("集团有限公司", "group"),
            _ => ("产业促进中心", "promotion-centre"),
        };
        let name = if round == 0 {
            format!("{province}{industry}{suffix}")
        } else {
            format!("{province}{industry}{suffix}（{round}）")
        };
        let mut units = Vec::new();
        if kind == "industry-association" {
            for d in 0..(3 + rng.below(5)) {
                units.push(Organization {
                    name: DEPARTMENTS[(d + i) % DEPARTMENTS.len()].to_owned(),
                    kind: Some("department".into()),
                    ..Organization::default()
                });
            }
            if rng.below(3) == 0 {
                units.push(Organization {
                    name: rng.pick(BRANCHES).to_owned(),
                    kind: Some("branch".into()),
                    ..Organization::default()
                });
            }
        }
        units.sort_by(|a, b| a.name.cmp(&b.name));
        units.dedup_by(|a, b| a.name == b.name);
        places.push((name.clone(), units.iter().map(|u| u.name.clone()).collect()));
        orgs.push(Organization {
            name,
            kind: Some(kind.into()),
            units,
            ..Organization::default()
        });
    }
    let association_roles = [
        "会长",
        "常务副会长",
        "副会长",
        "秘书长",
        "副秘书长",
        "党委书记",
        "党委委员",
    ];
    let company_roles = ["董事长", "总经理", "副总经理", "党委书记", "总工程师"];
    let unit_roles = ["主任", "副主任", "高级专家"];
    let mut people = Vec::new();
    // (person id, organization name) pairs for meetings.
    let mut roster: Vec<Vec<(String, String)>> = vec![Vec::new(); organizations];
    for (i, (org_name, units)) in places.iter().enumerate() {
        let mut used = std::collections::HashSet::new();
        for _ in 0..10 {
            let name = loop {
                let candidate = format!(
                    "{}{}{}",
                    rng.pick(SURNAMES),
                    rng.pick(GIVEN),
                    if rng.below(3) == 0 { "" } else { rng.pick(GIVEN) }
                );
                if used.insert(candidate.clone()) {
                    break candidate;
                }
            };
            let company = org_name.ends_with("公司");
            let mut posts = vec![PostHeld {
                org: org_name.clone(),
                role: (if company {
                    rng.pick(&company_roles)
                } else {
                    rng.pick(&association_roles)
                })
                .to_owned(),
                as_of: Some(format!("2025-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28))),
                ..PostHeld::default()
            }];
            if !units.is_empty() && rng.below(2) == 0 {
                posts.push(PostHeld {
                    org: format!("{org_name}/{}", units[rng.below(units.len())]),
                    role: rng.pick(&unit_roles).to_owned(),
                    as_of: posts[0].as_of.clone(),
                    ..PostHeld::default()
                });
            }
            // Names repeat across organizations, so participants refer to people by id.
            let id = format!("gen{seed}-p{i}-{}", roster[i].len());
            roster[i].push((id.clone(), org_name.clone()));
            people.push(Person {
                id: Some(id),
                name,
                posts,
                ..Person::default()
            });
        }
    }
    let mut meetings = Vec::new();
    let person_roles = ["出席", "讲话", "致辞", "主持", "作报告", "发言", "参加"];
    for m in 0..organizations.div_ceil(2) {
        let host = rng.below(organizations);
        let co = rng.below(organizations);
        let date = format!("2025-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28));
        let name = format!(
            "2025年{}{}（第{m}次）",
            INDUSTRIES[host % INDUSTRIES.len()],
            rng.pick(MEETING_KINDS)
        );
        let mut participants = Vec::new();
        let mut reports = Vec::new();
        for k in 0..(6 + rng.below(10)) {
            let from = if k < 3 { host } else { rng.below(organizations) };
            let (who, behalf) = roster[from][rng.below(roster[from].len())].clone();
            if participants.iter().any(|p: &Participant| p.who == who) {
                continue;
            }
            let role = rng.pick(&person_roles).to_owned();
            if role == "作报告" {
                reports.push(Report {
                    title: format!("关于{}的报告", rng.pick(TOPICS)),
                    author: Some(who.clone()),
                    kind: Some("report".into()),
                    ..Report::default()
                });
            }
            participants.push(Participant {
                who,
                roles: vec![role],
                on_behalf_of: Some(behalf),
                ..Participant::default()
            });
        }
        reports.sort_by(|a, b| a.title.cmp(&b.title));
        reports.dedup_by(|a, b| a.title == b.title);
        meetings.push(Meeting {
            name,
            date: Some(date),
            place: Some(rng.pick(PLACES).to_owned()),
            organizers: vec![places[host].0.clone()],
            co_organizers: if co != host {
                vec![places[co].0.clone()]
            } else {
                Vec::new()
            },
            topics: vec![rng.pick(TOPICS).to_owned(), rng.pick(TOPICS).to_owned()],
            attendance_count: Some(20 + rng.below(200) as u32),
            participants,
            reports,
            ..Meeting::default()
        });
    }
    for m in &mut meetings {
        m.topics.dedup();
    }
    Dataset {
        sources: vec![source],
        organizations: orgs,
        people,
        meetings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_records_and_every_reference_resolves() {
        let a = generate(40, 7);
        assert_eq!(a, generate(40, 7));
        assert_ne!(a, generate(40, 8));
        assert_eq!(a.organizations.len(), 40);
        assert_eq!(a.people.len(), 400);
        let text = a.to_yaml();
        a.check(
            &text,
            std::path::Path::new("gen.yaml"),
            &|_, _| false,
            &crate::lexicon::Lexicon::builtin(),
        )
        .unwrap();
    }
}
