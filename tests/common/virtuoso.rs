//! A private Virtuoso server on loopback for tests: started in a temporary directory, stopped on drop.

use super::{free_port, require_program, wait_for};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const INSTALL: &str =
    "install Debian's Virtuoso: apt-get install -y --no-install-recommends virtuoso-opensource-7-bin";

/// A running Virtuoso. Dropping it kills the server, so it stops even when a test fails.
pub struct Virtuoso {
    child: Child,
    pub http_port: u16,
    pub sql_port: u16,
    _dir: tempfile::TempDir,
    dir: PathBuf,
}

impl Virtuoso {
    /// Starts a fresh instance that cuts results at `max_rows` rows, and lets anonymous clients write.
    pub fn start(max_rows: usize) -> Self {
        let server = require_program("virtuoso-t", INSTALL);
        let isql = require_program("isql-vt", INSTALL);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().to_path_buf();
        let (sql_port, http_port) = (free_port(), free_port());
        let d = path.display();
        let ini = format!(
            "[Database]\nDatabaseFile = {d}/virtuoso.db\nErrorLogFile = {d}/virtuoso.log\nLockFile = {d}/virtuoso.lck\n\
             TransactionFile = {d}/virtuoso.trx\nxa_persistent_file = {d}/virtuoso.pxa\nErrorLogLevel = 7\nFileExtend = 200\n\
             MaxCheckpointRemap = 2000\nStriping = 0\nTempStorage = TempDatabase\n\n\
             [TempDatabase]\nDatabaseFile = {d}/virtuoso-temp.db\nTransactionFile = {d}/virtuoso-temp.trx\n\
             MaxCheckpointRemap = 2000\nStriping = 0\n\n\
             [Parameters]\nServerPort = 127.0.0.1:{sql_port}\nServerThreads = 10\nCheckpointInterval = 60\n\
             NumberOfBuffers = 10000\nMaxDirtyBuffers = 6000\nDirsAllowed = ., {d}\nServerRoot = {d}\n\n\
             [HTTPServer]\nServerPort = 127.0.0.1:{http_port}\nServerRoot = {d}\nServerThreads = 10\n\
             MaxClientConnections = 10\n\n\
             [SPARQL]\nResultSetMaxRows = {max_rows}\nMaxQueryExecutionTime = 60\n"
        );
        std::fs::write(path.join("virtuoso.ini"), ini).unwrap();
        let child = Command::new(server)
            .arg("-f")
            .arg("-c")
            .arg(path.join("virtuoso.ini"))
            .current_dir(&path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start virtuoso-t: {e}; {INSTALL}"));
        let mut virtuoso = Self {
            child,
            http_port,
            sql_port,
            _dir: dir,
            dir: path,
        };
        virtuoso.wait_until_ready();
        let grant = Command::new(isql)
            .arg(format!("127.0.0.1:{sql_port}"))
            .args(["dba", "dba", "exec=GRANT SPARQL_UPDATE TO \"SPARQL\";"])
            .output()
            .unwrap();
        assert!(
            grant.status.success(),
            "GRANT failed: {}",
            String::from_utf8_lossy(&grant.stderr)
        );
        virtuoso
    }

    fn wait_until_ready(&mut self) {
        let address = SocketAddr::from(([127, 0, 0, 1], self.http_port));
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                let log = std::fs::read_to_string(self.dir.join("virtuoso.log")).unwrap_or_default();
                panic!("virtuoso-t exited with {status} before it was ready:\n{log}");
            }
            if std::net::TcpStream::connect(address).is_ok() {
                let probe = super::client()
                    .get(self.sparql_url())
                    .query("query", "ASK {}")
                    .call();
                if probe.is_ok_and(|r| r.status().is_success()) {
                    return;
                }
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        wait_for(address);
    }

    /// The SPARQL endpoint.
    pub fn sparql_url(&self) -> String {
        format!("http://127.0.0.1:{}/sparql", self.http_port)
    }

    /// The Graph Store Protocol endpoint.
    pub fn graph_store_url(&self) -> String {
        format!("http://127.0.0.1:{}/sparql-graph-crud", self.http_port)
    }
}

impl Drop for Virtuoso {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
