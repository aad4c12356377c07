//! Helpers shared by the tests: the hand-written fixture, free ports, a server, questions of drafted records.
#![allow(dead_code)]

pub mod chromium;
pub mod drafted;
pub mod questions;
pub mod virtuoso;

use orgkg::serve::{RunningServer, ServeConfig, serve};
use oxigraph::io::RdfFormat;
use oxigraph::store::Store;
use std::io::Write;
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The fixture: a slice of the seed meeting, hand-written after ontology/README.md.
pub fn fixture_path() -> PathBuf {
    root().join("tests/fixtures/seed.trig")
}

/// An in-memory store holding the fixture.
pub fn fixture_store() -> Store {
    let store = Store::new().unwrap();
    store
        .load_from_slice(RdfFormat::TriG, &std::fs::read(fixture_path()).unwrap())
        .unwrap();
    store
}

/// A loopback port nobody listens on right now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A log writer whose lines the test can read afterwards.
#[derive(Clone, Default)]
pub struct SharedLog(pub Arc<Mutex<Vec<u8>>>);

impl Write for SharedLog {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl SharedLog {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

/// A server on a free loopback port, started in this process.
pub struct TestServer {
    pub server: RunningServer,
    pub store: Store,
    pub log: SharedLog,
}

impl TestServer {
    pub fn start(store: Store, config: ServeConfig) -> Self {
        let log = SharedLog::default();
        // A port found free may be taken by another process before the server binds it: try another.
        let server = (0..10)
            .find_map(|_| {
                let mut config = config.clone();
                config.bind = SocketAddr::from(([127, 0, 0, 1], free_port()));
                serve(store.clone(), config, Box::new(log.clone())).ok()
            })
            .expect("no free port in ten tries");
        wait_for(server.address());
        Self { server, store, log }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.server.address())
    }
}

/// Waits until something accepts connections at `address`.
pub fn wait_for(address: SocketAddr) {
    for _ in 0..200 {
        if std::net::TcpStream::connect(address).is_ok() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    panic!("nothing listens on {address}");
}

/// An HTTP client that reports error statuses as responses.
pub fn client() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .new_agent()
}

/// Every quad of a store as sorted N-Quads lines, to compare stores.
pub fn dump(store: &Store) -> Vec<String> {
    let mut lines: Vec<String> = store.iter().map(|q| q.unwrap().to_string()).collect();
    lines.sort();
    lines
}

/// Looks for a program on PATH, failing with an install hint when it is missing.
pub fn require_program(name: &str, install: &str) -> PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        let candidate = dir.join(name);
        if candidate.is_file() {
            return candidate;
        }
    }
    panic!("`{name}` is not installed, and this test needs it: {install}");
}

/// Whether a file exists, for messages.
pub fn exists(path: &Path) -> bool {
    path.exists()
}

/// The seed meeting's curated records, loaded by the real loader into an in-memory store.
pub fn seed_store() -> orgkg::store::OrgStore {
    let store = orgkg::store::OrgStore::memory().unwrap();
    let lexicon = orgkg::lexicon::Lexicon::builtin();
    let request = orgkg::load::LoadRequest::file(seed_records()).unwrap();
    orgkg::load::Loader::new(&store, &lexicon)
        .load(&[request])
        .unwrap();
    store
}

/// The seed meeting's records file.
pub fn seed_records() -> PathBuf {
    root().join("data/seed/cnia-2025-local-association-symposium.yaml")
}

/// `orgkg serve` run as a separate process on a free loopback port; killed on drop.
pub struct ServeProcess {
    child: std::process::Child,
    pub port: u16,
}

impl ServeProcess {
    /// Runs `orgkg <global args> serve --bind 127.0.0.1:<port> <serve args>` and waits until it answers.
    pub fn start(global: &[&str], serve: &[&str]) -> Self {
        let port = free_port();
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_orgkg"))
            .args(global)
            .arg("serve")
            .arg("--bind")
            .arg(format!("127.0.0.1:{port}"))
            .args(serve)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let process = Self { child, port };
        wait_for(SocketAddr::from(([127, 0, 0, 1], port)));
        process
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Stops the server and returns what it wrote to standard error (its start message and access log).
    pub fn stop(mut self) -> String {
        let _ = self.child.kill();
        let mut text = String::new();
        if let Some(mut err) = self.child.stderr.take() {
            let _ = std::io::Read::read_to_string(&mut err, &mut text);
        }
        let _ = self.child.wait();
        text
    }
}

impl Drop for ServeProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs the orgkg binary and returns its standard output, failing on a non-zero exit.
pub fn orgkg(args: &[&str]) -> String {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_orgkg"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "orgkg {args:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}
