//! The command line, driven as a user or a tool would: `factdeck generate` and `factdeck decks`.

use std::path::Path;
use std::process::{Command, Output};

const CIRRHOSIS: &str = "decks/sources/stem-cells-liver-cirrhosis.txt";
const TOXIC_SHOCK: &str = "decks/sources/stem-cells-liver-toxic-shock.txt";

fn factdeck(args: &[&str], data_dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factdeck"))
        .args(args)
        .env("FACTDECK_DATA_DIR", data_dir)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run factdeck")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Runs `generate` on one file and expects a clean failure that names the file.
fn expect_failure(path: &Path, words: &str) {
    let data = tempfile::tempdir().unwrap();
    let out = factdeck(&["generate", path.to_str().unwrap(), "--json"], data.path());
    let err = stderr(&out);
    assert!(!out.status.success(), "should fail: {}", path.display());
    assert!(!err.contains("panicked"), "panic: {err}");
    let name = path.file_name().unwrap().to_string_lossy();
    assert!(err.contains(name.as_ref()), "error names the file: {err}");
    assert!(
        err.to_lowercase().contains(words),
        "error says {words:?}: {err}"
    );
    assert!(out.stdout.is_empty(), "nothing on stdout on failure");
}

#[test]
fn generate_json_has_the_contract_shape() {
    let data = tempfile::tempdir().unwrap();
    let out = factdeck(&["generate", TOXIC_SHOCK, "--json"], data.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["title"], "Stem Cells in the Therapy of Liver Toxic Shock");
    let cards = v["cards"].as_array().unwrap();
    assert!(cards.len() >= 8, "{} cards", cards.len());
    let mut kinds = std::collections::BTreeSet::new();
    for c in cards {
        for key in ["id", "kind", "prompt", "answer", "source"] {
            assert!(c[key].is_string(), "card has {key}: {c}");
        }
        let kind = c["kind"].as_str().unwrap();
        kinds.insert(kind.to_owned());
        let prompt = c["prompt"].as_str().unwrap();
        let answer = c["answer"].as_str().unwrap();
        assert!(!prompt.contains("{{"), "no raw gap markup: {prompt}");
        match kind {
            "cloze" => assert!(prompt.contains("[...]"), "{prompt}"),
            "choice" => {
                let choices: Vec<&str> = c["choices"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_str().unwrap())
                    .collect();
                assert_eq!(choices.len(), 4, "{c}");
                assert!(choices.contains(&answer));
            }
            "question" => assert!(c.get("choices").is_none()),
            other => panic!("unknown kind {other}"),
        }
    }
    assert!(
        kinds.contains("question") && kinds.contains("cloze"),
        "{kinds:?}"
    );
}

#[test]
fn generate_is_deterministic_and_joins_documents() {
    let data = tempfile::tempdir().unwrap();
    let args = [
        "generate",
        CIRRHOSIS,
        TOXIC_SHOCK,
        "--json",
        "--title",
        "Liver",
    ];
    let a = factdeck(&args, data.path());
    let b = factdeck(&args, data.path());
    assert!(a.status.success(), "{}", stderr(&a));
    assert_eq!(a.stdout, b.stdout);
    let v: serde_json::Value = serde_json::from_slice(&a.stdout).unwrap();
    assert_eq!(v["title"], "Liver");
    let sources: std::collections::BTreeSet<String> = v["cards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["source"].as_str().unwrap().to_owned())
        .collect();
    assert!(sources.iter().any(|s| s.contains("cirrhosis")));
    assert!(sources.iter().any(|s| s.contains("toxic shock")));
}

#[test]
fn generated_deck_is_saved_to_the_decks_folder_and_listed() {
    let data = tempfile::tempdir().unwrap();
    let doc = data.path().join("notes.md");
    std::fs::write(
        &doc,
        "# Cell biology\n\nMitochondria are the organelles that produce most of the cell's energy. \
         The nucleus is characterized by a double membrane. Ribosomes make proteins.\n",
    )
    .unwrap();
    let out = factdeck(&["generate", doc.to_str().unwrap()], data.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let saved = data.path().join("decks").join("cell-biology.toml");
    assert!(saved.is_file(), "{}", stderr(&out));
    // Again without --force: refused, file kept.
    let again = factdeck(&["generate", doc.to_str().unwrap()], data.path());
    assert!(!again.status.success());
    assert!(stderr(&again).contains("already exists"));

    let list = factdeck(&["decks"], data.path());
    let text = String::from_utf8_lossy(&list.stdout);
    assert!(list.status.success());
    assert!(text.contains("cell-biology"), "{text}");
    assert!(
        text.contains("Stem Cell Therapy: A Viable Option"),
        "{text}"
    );
    let json = factdeck(&["decks", "--json"], data.path());
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 3);
    assert!(v[2]["cards"].as_u64().unwrap() >= 1, "{v}");
}

#[test]
fn output_file_and_global_data_dir_option() {
    let data = tempfile::tempdir().unwrap();
    let out_path = data.path().join("deck.toml");
    let out = Command::new(env!("CARGO_BIN_EXE_factdeck"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["generate", CIRRHOSIS, "-o"])
        .arg(&out_path)
        .arg("--data-dir")
        .arg(data.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let deck = factdeck::deck::Deck::load(&out_path).unwrap();
    assert!(!deck.cards.is_empty());
    assert_eq!(deck.sources[0].file, "stem-cells-liver-cirrhosis.txt");

    // With --json, -o names where the JSON goes.
    let json_path = data.path().join("deck.json");
    let out = factdeck(
        &[
            "generate",
            CIRRHOSIS,
            "--json",
            "-o",
            json_path.to_str().unwrap(),
        ],
        data.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json_path).unwrap()).unwrap();
    assert_eq!(v["cards"].as_array().unwrap().len(), deck.cards.len());
}

#[test]
fn bad_inputs_fail_cleanly_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let p = |name: &str| dir.path().join(name);

    expect_failure(&p("missing.txt"), "no such file");

    std::fs::write(p("empty.txt"), "").unwrap();
    expect_failure(&p("empty.txt"), "empty");

    std::fs::write(p("blank.md"), "   \n\n  \n").unwrap();
    expect_failure(&p("blank.md"), "empty");

    let mut binary = vec![0u8; 2048];
    for (i, b) in binary.iter_mut().enumerate() {
        *b = (i * 7 % 256) as u8;
    }
    std::fs::write(p("program.txt"), &binary).unwrap();
    expect_failure(&p("program.txt"), "binary");

    std::fs::write(p("latin1.txt"), b"Line one.\nLine two.\nCaf\xe9 au lait.\n").unwrap();
    expect_failure(&p("latin1.txt"), "line 3");

    std::fs::write(p("report.docx"), "PK\x03\x04").unwrap();
    expect_failure(&p("report.docx"), "docx");

    std::fs::write(p("broken.pdf"), "%PDF-1.4 this is not really a pdf").unwrap();
    expect_failure(&p("broken.pdf"), "pdf");

    // A 50 MB file is refused with a reason, without reading it.
    let big = std::fs::File::create(p("huge.txt")).unwrap();
    big.set_len(50 * 1024 * 1024).unwrap();
    expect_failure(&p("huge.txt"), "too large");

    std::fs::create_dir(p("folder.txt")).unwrap();
    expect_failure(&p("folder.txt"), "folder");
}

#[test]
fn no_subcommand_and_import_open_the_window_or_say_why_not() {
    // Without a display the window cannot open: a clear message, not a panic.
    let data = tempfile::tempdir().unwrap();
    let doc = data.path().join("notes.txt");
    std::fs::write(&doc, "Bile is a fluid that the liver makes.").unwrap();
    for args in [vec![], vec!["import".as_ref(), doc.as_os_str()]] {
        let out = Command::new(env!("CARGO_BIN_EXE_factdeck"))
            .args(args)
            .env("FACTDECK_DATA_DIR", data.path())
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .output()
            .expect("run factdeck");
        assert!(!out.status.success());
        let text = stderr(&out);
        assert!(text.contains("could not open the window"), "{text}");
        assert!(text.contains("factdeck --help"), "{text}");
        assert!(!text.contains("panicked"), "{text}");
    }
}
