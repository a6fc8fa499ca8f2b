//! The intranet's data and `kapstok serve` against pages of another origin:
//! no script file of a site hands the search index (or any name or title) to
//! a page that includes it with `<script src>`; the search page carries the
//! index in a non-executable element that no text can break out of; and the
//! server answers only requests whose `Host` names it (DNS rebinding).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::time::Duration;

use crate::serve::{Server, example};
use crate::support::{copy_to_temp, fixture, kapstok};

const TRICKY: &str = "Vergaderen </script><script>alert(1)</script> <!-- zonder papier";
const OPEN: &str = "<script type=\"application/json\" id=\"search-index\">";

/// Every file under `dir` whose name ends in `ext`.
fn files(dir: &Path, ext: &str) -> Vec<std::path::PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.expect("walk").into_path())
        .filter(|p| p.is_file() && p.to_string_lossy().ends_with(ext))
        .collect()
}

/// The index as the search page carries it: the text of its one
/// `application/json` element, parsed.
fn index_of(page: &str) -> serde_json::Value {
    assert_eq!(page.matches(OPEN).count(), 1, "no single index element in the search page");
    let (_, rest) = page.split_once(OPEN).expect("index element");
    let (json, _) = rest.split_once("</script>").expect("index element closed");
    assert!(!json.contains('<'), "a `<` in the index element: {json}");
    serde_json::from_str(json).expect("the index element is JSON")
}

#[test]
fn no_site_script_exposes_the_search_index_and_the_page_carries_it_inertly() {
    let dir = copy_to_temp(&fixture("search-index"));
    let run = kapstok(dir.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = dir.path().join("output");
    let intranet = out.join("intranet");

    // No script of either site holds data: a page of any origin may run
    // them with `<script src>` and read what they leave behind.
    assert!(!intranet.join("search/index.js").exists(), "search/index.js is still written");
    let scripts = files(&out, ".js");
    assert!(scripts.iter().any(|p| p.ends_with("search/search.js")), "{scripts:?}");
    for script in &scripts {
        let text = std::fs::read_to_string(script).expect("read script");
        for data in ["KAPSTOK_SEARCH", "Papierarm vergaderen", "Els Peeters", "Jan Smet", "zonder papier", "Milieudienst"] {
            assert!(!text.contains(data), "{} holds `{data}`", script.display());
        }
    }

    // The page holds the index, escaped so that a title's `</script>` or
    // `<!--` neither ends the element nor hides the rest of the page.
    let page = std::fs::read_to_string(intranet.join("search/index.html")).expect("search page");
    let index = index_of(&page);
    let titles: Vec<&str> = index.as_array().expect("array").iter().filter_map(|e| e["t"].as_str()).collect();
    assert!(titles.contains(&TRICKY), "{titles:?}");
    assert!(titles.contains(&"Els Peeters") && titles.contains(&"Papierarm vergaderen"), "{titles:?}");
    // The element is followed by the rest of the page, its script after it.
    let after = page.split_once(OPEN).expect("index").1.split_once("</script>").expect("closed").1;
    assert!(after.contains("</main>") && after.contains("<script src=\"../search/search.js\"></script>"), "{after}");
    assert!(!page.contains("index.js"), "the page still loads index.js");
}

/// Send `GET path` with `Host: host`; the status and the body.
fn get_as(port: u16, host: &str, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(10))).expect("timeout");
    write!(s, "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").expect("send");
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).expect("read");
    let text = String::from_utf8_lossy(&buf).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    (head.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0), body.to_owned())
}

#[test]
fn serve_answers_only_requests_for_itself() {
    let dir = example();
    let server = Server::start(dir.path());
    let port = server.port;
    let title = "Bermen gefaseerd maaien";

    for host in [format!("127.0.0.1:{port}"), format!("localhost:{port}"), format!("[::1]:{port}")] {
        let (status, body) = get_as(port, &host, "/intranet/search/index.html");
        assert_eq!(status, 200, "Host {host}: {body}");
        let index = index_of(&body);
        assert!(
            index.as_array().expect("array").iter().any(|e| e["t"].as_str().is_some_and(|t| t.starts_with(title))),
            "Host {host}: no `{title}` in the index"
        );
    }
    assert_eq!(get_as(port, &format!("127.0.0.1:{port}"), "/intranet/search/index.js").0, 404);

    // A name of another site pointed at this machine: refused on every route.
    for host in [format!("evil.example:{port}"), format!("localhost.evil.example:{port}"), "evil.example".to_owned()] {
        for path in
            ["/", "/intranet/search/index.html", "/intranet/actions/bermbeheer/", "/public/", "/__kapstok/status", "/__kapstok/events"]
        {
            let (status, body) = get_as(port, &host, path);
            assert_eq!(status, 403, "Host {host}, {path}: {body}");
            assert!(body.contains("DNS rebinding") && body.contains(&format!("http://localhost:{port}/")), "{body}");
            assert!(!body.contains(title) && !body.contains("search-index") && !body.contains("generation"), "{body}");
        }
    }
    // Still serving.
    assert_eq!(get_as(port, &format!("localhost:{port}"), "/__kapstok/status").0, 200);
}
