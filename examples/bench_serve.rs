//! Load test for `orgkg serve`: N concurrent clients ask the everyday questions for a fixed time over loopback,
//! through `RemoteEndpoint` exactly as `--endpoint` does, and report errors, throughput, p50/p99 latency and the
//! server's memory at start and end.
//!
//! ```sh
//! orgkg generate --orgs 2150 --format nquads -o /tmp/g1m.nq   # about a million triples
//! orgkg --store /tmp/s1m load /tmp/g1m.nq
//! orgkg --store /tmp/s1m serve --bind 127.0.0.1:7878 &
//! cargo run --example bench_serve -- http://127.0.0.1:7878/sparql 32 30 $!
//! ```
//!
//! Arguments: endpoint URL (loopback only), clients (32), seconds (30), server pid (optional, for its RSS).

use orgkg::lexicon::Lexicon;
use orgkg::questions;
use orgkg::remote::RemoteEndpoint;
use orgkg::sparql::SparqlBackend;
use oxigraph::model::NamedNode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn rss_kib(pid: Option<u32>) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{}/status", pid?)).ok()?;
    status.lines().find_map(|l| {
        l.strip_prefix("VmRSS:")?
            .trim()
            .strip_suffix("kB")?
            .trim()
            .parse()
            .ok()
    })
}

fn sample(endpoint: &RemoteEndpoint, class: &str, limit: usize) -> Vec<NamedNode> {
    let rows = endpoint
        .select_text(&format!(
            "SELECT DISTINCT ?e WHERE {{ ?e a {class} }} LIMIT {limit}"
        ))
        .expect("the endpoint answers");
    rows.iter()
        .filter_map(|r| NamedNode::new(r.text("e")?).ok())
        .collect()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let url = args
        .first()
        .map_or("http://127.0.0.1:7878/sparql", String::as_str)
        .to_owned();
    let loopback = ["http://127.0.0.1:", "http://localhost:", "http://[::1]:"];
    assert!(
        loopback.iter().any(|p| url.starts_with(p)),
        "this load test only targets loopback addresses"
    );
    let clients: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(32);
    let seconds: u64 = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(30).min(600);
    let pid: Option<u32> = args.get(3).and_then(|a| a.parse().ok());

    let endpoint = RemoteEndpoint::new(&url)
        .unwrap()
        .with_timeout(Duration::from_secs(60));
    let meetings = sample(&endpoint, "orgkg:Meeting", 500);
    let people = sample(&endpoint, "foaf:Person", 500);
    let orgs = sample(&endpoint, "org:FormalOrganization", 500);
    let names: Vec<String> = people
        .iter()
        .take(100)
        .filter_map(|p| {
            let s = questions::summary(&endpoint, p).ok()?;
            s.name.zh.map(|n| n.chars().take(2).collect())
        })
        .collect();
    assert!(
        !meetings.is_empty() && !people.is_empty() && !orgs.is_empty(),
        "the store has no data to ask about"
    );
    let rss_start = rss_kib(pid);
    println!(
        "{clients} clients, {seconds} s, {} meetings / {} people / {} organizations sampled",
        meetings.len(),
        people.len(),
        orgs.len()
    );

    let stop = Arc::new(AtomicBool::new(false));
    let latencies = Arc::new(Mutex::new(Vec::<(usize, Duration)>::new()));
    let errors = Arc::new(Mutex::new(Vec::<String>::new()));
    let started = Instant::now();
    let workers: Vec<_> = (0..clients)
        .map(|c| {
            let (endpoint, stop, latencies, errors) =
                (endpoint.clone(), stop.clone(), latencies.clone(), errors.clone());
            let (meetings, people, orgs, names) =
                (meetings.clone(), people.clone(), orgs.clone(), names.clone());
            std::thread::spawn(move || {
                let lexicon = Lexicon::builtin();
                let backend: &dyn SparqlBackend = &endpoint;
                let mut mine = Vec::new();
                let mut i = c * 7919;
                while !stop.load(Ordering::Relaxed) {
                    i += 1;
                    let question = i % 5;
                    let t = Instant::now();
                    let result = match question {
                        0 => questions::who_attended(backend, &lexicon, &meetings[i % meetings.len()])
                            .map(|_| ()),
                        1 => questions::meetings(backend, &lexicon, &people[i % people.len()]).map(|_| ()),
                        2 => questions::posts(backend, &lexicon, &people[(i / 5) % people.len()]).map(|_| ()),
                        3 => questions::members(backend, &lexicon, &orgs[i % orgs.len()]).map(|_| ()),
                        _ => questions::search(backend, &names[i % names.len().max(1)]).map(|_| ()),
                    };
                    match result {
                        Ok(()) => mine.push((question, t.elapsed())),
                        Err(e) => errors.lock().unwrap().push(e.to_string()),
                    }
                }
                latencies.lock().unwrap().extend(mine);
            })
        })
        .collect();
    std::thread::sleep(Duration::from_secs(seconds));
    stop.store(true, Ordering::Relaxed);
    for w in workers {
        w.join().unwrap();
    }
    let elapsed = started.elapsed().as_secs_f64();
    let rss_end = rss_kib(pid);
    let all = latencies.lock().unwrap();
    let errors = errors.lock().unwrap();
    let mut times: Vec<Duration> = all.iter().map(|(_, d)| *d).collect();
    times.sort();
    println!(
        "questions answered: {} ({:.0}/s), errors: {}",
        times.len(),
        times.len() as f64 / elapsed,
        errors.len()
    );
    if !times.is_empty() {
        println!(
            "latency p50 {:.1} ms, p99 {:.1} ms",
            percentile(&times, 0.5).as_secs_f64() * 1e3,
            percentile(&times, 0.99).as_secs_f64() * 1e3
        );
    }
    for (q, name) in ["who-attended", "meetings", "posts", "members", "search"]
        .iter()
        .enumerate()
    {
        let mut t: Vec<Duration> = all.iter().filter(|(k, _)| *k == q).map(|(_, d)| *d).collect();
        t.sort();
        if !t.is_empty() {
            println!(
                "  {name:13} n={:6} p50 {:7.1} ms  p99 {:7.1} ms",
                t.len(),
                percentile(&t, 0.5).as_secs_f64() * 1e3,
                percentile(&t, 0.99).as_secs_f64() * 1e3
            );
        }
    }
    if let (Some(a), Some(b)) = (rss_start, rss_end) {
        println!(
            "server RSS: {:.0} MiB at start, {:.0} MiB at end",
            a as f64 / 1024.0,
            b as f64 / 1024.0
        );
    }
    for e in errors.iter().take(5) {
        println!("error: {e}");
    }
}
