//! Integration tests of document extraction: the shipped documents, Markdown, HTML, PDFs built
//! here with lopdf, the refusal cases (empty, binary, bad encoding, unknown type), and property
//! tests: no input panics, sentence splitting loses no text, normalizing twice changes nothing.

use factdeck::generate::extract::{
    Block, BlockKind, ExtractError, MAX_FILE_BYTES, extract, file_stem,
};
use factdeck::generate::normalize::normalize;
use factdeck::generate::sentences::split_sentences;
use lopdf::content::{Content, Operation};
use lopdf::{Document, Object, Stream, dictionary};
use proptest::prelude::*;

const CIRRHOSIS: &str = include_str!("../decks/sources/stem-cells-liver-cirrhosis.txt");
const TOXIC_SHOCK: &str = include_str!("../decks/sources/stem-cells-liver-toxic-shock.txt");

fn kinds_and_texts(blocks: &[Block]) -> Vec<(BlockKind, &str)> {
    blocks.iter().map(|b| (b.kind, b.text.as_str())).collect()
}

fn headings(blocks: &[Block]) -> Vec<&str> {
    blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| b.text.as_str())
        .collect()
}

#[test]
fn shipped_cirrhosis_document() {
    let blocks = extract(
        "decks/sources/stem-cells-liver-cirrhosis.txt",
        CIRRHOSIS.as_bytes(),
    )
    .expect("the shipped document extracts");
    assert_eq!(
        headings(&blocks),
        vec![
            "Stem Cell Therapy: A Viable Option for Liver Cirrhosis",
            "Exploring the Mechanisms of Stem Cell Action in Liver Regeneration",
            "Clinical Applications and Future Perspectives of Stem Cell Therapy for Cirrhosis",
        ]
    );
    assert_eq!(blocks[0].kind, BlockKind::Heading);
    assert_eq!(blocks.len(), 7);
    let kinds: Vec<BlockKind> = blocks.iter().map(|b| b.kind).collect();
    use BlockKind::{Heading as H, Paragraph as P};
    assert_eq!(kinds, vec![H, P, H, P, H, P, P]);
    assert!(
        blocks[1]
            .text
            .starts_with("Liver cirrhosis, a late-stage liver disease,")
    );
    // The file has no final newline: its last sentence is intact.
    assert!(
        blocks[6].text.ends_with(
            "alternative to liver transplantation for patients with end-stage cirrhosis."
        )
    );
}

#[test]
fn shipped_toxic_shock_document() {
    let blocks = extract("stem-cells-liver-toxic-shock.txt", TOXIC_SHOCK.as_bytes()).unwrap();
    assert_eq!(
        headings(&blocks),
        vec![
            "Stem Cells in the Therapy of Liver Toxic Shock",
            "Stem Cell Therapy in Liver Toxic Shock: An Overview",
            "Pathophysiology of Liver Toxic Shock and Stem Cell Potential",
            "Mesenchymal Stem Cells for Liver Regeneration and Repair",
        ]
    );
    assert_eq!(blocks.len(), 8);
    for (i, block) in blocks.iter().enumerate() {
        let expected = if i % 2 == 0 {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        assert_eq!(block.kind, expected, "block {i}: {}", block.text);
        assert!(!block.text.is_empty());
    }
    assert!(
        blocks[7]
            .text
            .starts_with("Mesenchymal stem cells (MSCs) are a type of stem cell")
    );
}

#[test]
fn shipped_documents_glued_together_still_split() {
    // The two documents concatenated without a newline between them.
    let glued = format!("{CIRRHOSIS}{TOXIC_SHOCK}");
    let blocks = extract("both.txt", glued.as_bytes()).unwrap();
    assert!(blocks.iter().any(|b| {
        b.text
            .contains("end-stage cirrhosis.Stem Cells in the Therapy")
    }));
    assert_eq!(headings(&blocks).len(), 3 + 3);
}

#[test]
fn markdown_document() {
    let md = "---\ntitle: Liver notes\n---\n\
              # The Liver\n\n\
              The *liver* is the **largest** internal organ. It makes `bile` and\n\
              stores [glycogen](https://example.org/glycogen).\n\n\
              ![A diagram of the liver](liver.png)\n\n\
              ## Functions\n\n\
              - Detoxification of *drugs*\n\
              - Protein synthesis\n  - Albumin\n  - Clotting factors\n\
              1. First step\n\n\
              ```rust\nfn main() {}\n```\n\n\
              <div>raw html block</div>\n\n\
              | Cell | Role |\n|------|------|\n| Hepatocyte | Metabolism |\n| Kupffer cell | Defence |\n\n\
              > A quoted paragraph.\n";
    let blocks = extract("notes.MD", md.as_bytes()).unwrap();
    use BlockKind::{Heading as H, ListItem as L, Paragraph as P};
    assert_eq!(
        kinds_and_texts(&blocks),
        vec![
            (H, "The Liver"),
            (
                P,
                "The liver is the largest internal organ. It makes bile and stores glycogen."
            ),
            (H, "Functions"),
            (L, "Detoxification of drugs"),
            (L, "Protein synthesis"),
            (L, "Albumin"),
            (L, "Clotting factors"),
            (L, "First step"),
            (P, "Cell; Role"),
            (P, "Hepatocyte; Metabolism"),
            (P, "Kupffer cell; Defence"),
            (P, "A quoted paragraph."),
        ]
    );
}

#[test]
fn html_document() {
    let html = r##"<!DOCTYPE html>
<html><head><title>Liver Facts</title>
<style>body { color: red; } .x::before { content: "leak"; }</style>
<script>var secret = "do not show"; if (a < b) { alert("x"); }</script>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/about">About</a></nav>
<h2>Anatomy &amp; Function</h2>
<p>The liver weighs about 1.5&nbsp;kg &mdash; it is the
largest <em>internal</em> organ.</p>
<div>Bile is made by <a href="#">hepatocytes</a>.<br>It is stored in the gall bladder.</div>
<ul>
  <li>Detoxification</li>
  <li>Protein <b>synthesis</b>
    <ol><li>Albumin</li></ol>
  </li>
</ul>
<table><tr><th>Cell</th><th>Role</th></tr><tr><td>Kupffer cell</td><td>Defence</td></tr></table>
<pre>code();</pre>
<noscript>Enable JavaScript</noscript>
<p hidden>Hidden text</p>
</body></html>"##;
    let blocks = extract("page.html", html.as_bytes()).unwrap();
    use BlockKind::{Heading as H, ListItem as L, Paragraph as P};
    assert_eq!(
        kinds_and_texts(&blocks),
        vec![
            (H, "Liver Facts"),
            (H, "Anatomy & Function"),
            (
                P,
                "The liver weighs about 1.5 kg \u{2014} it is the largest internal organ."
            ),
            (
                P,
                "Bile is made by hepatocytes. It is stored in the gall bladder."
            ),
            (L, "Detoxification"),
            (L, "Protein synthesis"),
            (L, "Albumin"),
            (P, "Cell; Role"),
            (P, "Kupffer cell; Defence"),
        ]
    );
    for b in &blocks {
        for leak in [
            "secret",
            "leak",
            "color",
            "Home",
            "code()",
            "JavaScript",
            "Hidden",
            "<",
            "# ",
            "* ",
        ] {
            assert!(!b.text.contains(leak), "{leak:?} leaked into {:?}", b.text);
        }
    }
}

#[test]
fn html_title_is_not_repeated_when_there_is_an_h1() {
    let html = "<html><head><title>Site name | Liver</title></head>\
                <body><h1>The Liver</h1><p>It is an organ.</p></body></html>";
    let blocks = extract("page.htm", html.as_bytes()).unwrap();
    assert_eq!(headings(&blocks), vec!["The Liver"]);
}

/// Builds a one-page PDF showing `lines` (font size, y position, text) in Helvetica.
fn pdf_with_lines(lines: &[(i64, i64, &str)]) -> Vec<u8> {
    let mut doc = pdf_document(lines);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}

/// The document behind [`pdf_with_lines`].
fn pdf_document(lines: &[(i64, i64, &str)]) -> Document {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
    });
    let resources_id = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => font_id },
    });
    let mut operations = Vec::new();
    for &(size, y, text) in lines {
        operations.push(Operation::new("BT", vec![]));
        operations.push(Operation::new("Tf", vec!["F1".into(), size.into()]));
        operations.push(Operation::new("Td", vec![72.into(), y.into()]));
        operations.push(Operation::new("Tj", vec![Object::string_literal(text)]));
        operations.push(Operation::new("ET", vec![]));
    }
    let content = Content { operations };
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.encode().unwrap()));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "Contents" => content_id,
    });
    let pages = dictionary! {
        "Type" => "Pages",
        "Kids" => vec![page_id.into()],
        "Count" => 1,
        "Resources" => resources_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    };
    doc.objects.insert(pages_id, Object::Dictionary(pages));
    let catalog_id = doc.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages_id,
    });
    doc.trailer.set("Root", catalog_id);
    doc.trailer.set(
        "ID",
        vec![
            Object::string_literal("factdeck-test-id"),
            Object::string_literal("factdeck-test-id"),
        ],
    );
    doc
}

#[test]
fn pdf_text_comes_back() {
    let pdf = pdf_with_lines(&[
        (18, 760, "Stem Cells in Liver Repair"),
        (12, 720, "Stem cells can regenerate damaged liver tissue."),
        (12, 705, "They also secrete growth factors."),
        (10, 40, "1"),
    ]);
    let blocks = extract("paper.pdf", &pdf).unwrap();
    let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
    let all = texts.join(" ");
    assert!(
        all.contains("Stem cells can regenerate damaged liver tissue."),
        "{texts:?}"
    );
    assert!(
        all.contains("They also secrete growth factors."),
        "{texts:?}"
    );
    assert_eq!(blocks[0].kind, BlockKind::Heading, "{blocks:?}");
    assert_eq!(blocks[0].text, "Stem Cells in Liver Repair");
    // The page number is dropped.
    assert!(texts.iter().all(|t| *t != "1"), "{texts:?}");
}

#[test]
fn pdf_under_a_text_extension_is_read_as_pdf() {
    let pdf = pdf_with_lines(&[(12, 720, "Hepatocytes are liver cells.")]);
    let blocks = extract("renamed.txt", &pdf).unwrap();
    assert_eq!(blocks[0].text, "Hepatocytes are liver cells.");
}

#[test]
fn pdf_without_text_has_no_text_layer() {
    let pdf = pdf_with_lines(&[]);
    let err = extract("scan.pdf", &pdf).unwrap_err();
    assert!(matches!(err, ExtractError::NoTextLayer { .. }), "{err:?}");
    let message = err.to_string();
    assert!(
        message.contains("scan.pdf") && message.contains("OCR"),
        "{message}"
    );
}

#[test]
fn garbage_named_pdf_is_a_pdf_error() {
    let garbage: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let err = extract("broken.pdf", &garbage).unwrap_err();
    assert!(matches!(err, ExtractError::Pdf { .. }), "{err:?}");
    assert!(err.to_string().contains("broken.pdf"));

    // A PDF header followed by garbage, and a truncated real PDF.
    let mut fake = b"%PDF-1.4\n".to_vec();
    fake.extend_from_slice(&garbage);
    let err = extract("fake.pdf", &fake).unwrap_err();
    assert!(matches!(err, ExtractError::Pdf { .. }), "{err:?}");

    let pdf = pdf_with_lines(&[(12, 720, "Some text.")]);
    let truncated = &pdf[..pdf.len() / 2];
    match extract("truncated.pdf", truncated) {
        Err(ExtractError::Pdf { .. } | ExtractError::NoTextLayer { .. }) => {}
        Ok(blocks) => assert!(!blocks.is_empty()),
        Err(other) => panic!("unexpected {other:?}"),
    }
}

#[test]
fn password_protected_pdf_is_a_pdf_error() {
    use lopdf::{EncryptionState, EncryptionVersion, Permissions};
    let mut doc = pdf_document(&[(12, 720, "Secret notes about hepatocytes.")]);
    let version = EncryptionVersion::V2 {
        document: &doc,
        owner_password: "owner",
        user_password: "user",
        key_length: 128,
        permissions: Permissions::all(),
    };
    let state = EncryptionState::try_from(version).unwrap();
    doc.encrypt(&state).unwrap();
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    let err = extract("locked.pdf", &bytes).unwrap_err();
    match &err {
        ExtractError::Pdf { reason, .. } => assert!(reason.contains("password"), "{reason}"),
        other => panic!("unexpected {other:?}"),
    }
    assert!(err.to_string().contains("locked.pdf"));
}

#[test]
fn empty_files_are_empty() {
    for (name, bytes) in [
        ("empty.txt", &b""[..]),
        ("blank.txt", b"  \n\t\r\n  "),
        ("empty.pdf", b""),
        ("empty.md", b"```\ncode only\n```\n"),
        (
            "empty.html",
            b"<html><head><script>x()</script></head><body></body></html>",
        ),
    ] {
        let err = extract(name, bytes).unwrap_err();
        assert!(matches!(err, ExtractError::Empty { .. }), "{name}: {err:?}");
        assert!(err.to_string().contains(name), "{err}");
    }
}

#[test]
fn nul_bytes_are_binary() {
    let bytes = b"PK\x03\x04\x00\x00\x08\x00some zipped thing\x00\x00";
    let err = extract("archive.txt", bytes).unwrap_err();
    assert!(matches!(err, ExtractError::Binary { .. }), "{err:?}");
    assert!(err.to_string().contains("archive.txt"));
}

#[test]
fn invalid_utf8_names_the_line() {
    let bytes = b"Line one is fine.\nLine two is fine.\nLine three has a Latin-1 caf\xe9.\n";
    let err = extract("notes.txt", bytes).unwrap_err();
    match &err {
        ExtractError::InvalidUtf8 { file, line, .. } => {
            assert_eq!(file, "notes.txt");
            assert_eq!(*line, 3);
        }
        other => panic!("unexpected {other:?}"),
    }
    let message = err.to_string();
    assert!(
        message.contains("notes.txt") && message.contains("line 3"),
        "{message}"
    );
}

#[test]
fn utf16_with_bom_decodes() {
    let text = "Stem Cells\r\nStem cells can become hepatocytes, the main cells of the liver.\r\n";
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let blocks = extract("notepad.txt", &le).unwrap();
    assert_eq!(
        kinds_and_texts(&blocks),
        vec![
            (BlockKind::Heading, "Stem Cells"),
            (
                BlockKind::Paragraph,
                "Stem cells can become hepatocytes, the main cells of the liver."
            ),
        ]
    );
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    assert_eq!(extract("notepad.txt", &be).unwrap(), blocks);
    // A UTF-8 byte-order mark is accepted too.
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(text.as_bytes());
    assert_eq!(extract("bom.txt", &bom).unwrap(), blocks);
}

#[test]
fn unknown_extensions_are_refused() {
    let err = extract("report.docx", b"PK\x03\x04").unwrap_err();
    match &err {
        ExtractError::UnknownExtension { file, extension } => {
            assert_eq!(file, "report.docx");
            assert_eq!(extension, "docx");
        }
        other => panic!("unexpected {other:?}"),
    }
    let message = err.to_string();
    assert!(
        message.contains("report.docx") && message.contains(".txt") && message.contains(".pdf")
    );
    assert!(matches!(
        extract("README", b"text").unwrap_err(),
        ExtractError::UnknownExtension { .. }
    ));
}

#[test]
fn oversized_files_are_refused_before_reading() {
    let big = vec![b'a'; usize::try_from(MAX_FILE_BYTES).unwrap() + 1];
    let err = extract("huge.txt", &big).unwrap_err();
    assert!(matches!(err, ExtractError::TooLarge { .. }), "{err:?}");
    assert!(err.to_string().contains("too large"));
}

#[test]
fn too_much_text_is_refused() {
    let paragraph = "Stem cells divide and differentiate into many kinds of cells. ";
    let mut text = String::new();
    while text.len() <= 9 * 1024 * 1024 {
        text.push_str(paragraph);
        text.push('\n');
    }
    let err = extract("long.txt", text.as_bytes()).unwrap_err();
    assert!(matches!(err, ExtractError::TooLarge { .. }), "{err:?}");
    assert!(err.to_string().contains("too much text for one deck"));
}

#[test]
fn stems() {
    assert_eq!(
        file_stem("decks/sources/stem-cells-liver-cirrhosis.txt"),
        "stem-cells-liver-cirrhosis"
    );
    assert_eq!(file_stem("Liver.PDF"), "Liver");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(
        bytes in proptest::collection::vec(any::<u8>(), 0..2048),
        ext in prop::sample::select(vec!["txt", "TEXT", "md", "markdown", "html", "htm", "pdf", "Pdf"]),
        pdf_header in any::<bool>(),
    ) {
        let mut input = if pdf_header { b"%PDF-1.7\n".to_vec() } else { Vec::new() };
        input.extend_from_slice(&bytes);
        let name = format!("doc.{ext}");
        if let Ok(blocks) = extract(&name, &input) {
            prop_assert!(!blocks.is_empty());
            for b in blocks {
                prop_assert!(!b.text.is_empty());
                prop_assert_eq!(b.text.trim(), b.text.as_str());
            }
        }
    }

    #[test]
    fn arbitrary_text_never_panics(
        text in "(\\PC|[\\n\\r\\t#*>|`<>&;-]){0,400}",
        ext in prop::sample::select(vec!["txt", "md", "html"]),
    ) {
        let name = format!("doc.{ext}");
        if let Ok(blocks) = extract(&name, text.as_bytes()) {
            for b in blocks {
                prop_assert!(!b.text.is_empty());
            }
        }
    }

    #[test]
    fn sentences_cover_the_paragraph(text in "([A-Za-z]{1,8}|[.!?\"'()•:] ?| |[0-9.]{1,4}|e\\.g\\.|U\\.S\\.|Fig\\.|\\.\\.\\.){0,60}") {
        let paragraph = normalize(&text);
        let sentences = split_sentences(&paragraph);
        let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let joined: String = sentences.iter().map(|s| squash(s)).collect();
        prop_assert_eq!(joined, squash(&paragraph));
        for s in &sentences {
            prop_assert!(!s.is_empty());
            prop_assert_eq!(s.trim(), s.as_str());
        }
    }

    #[test]
    fn normalize_is_idempotent(text in "(\\PC|[\n\r\t\u{AD}\u{FB01}\u{2019}\u{A0}-]){0,200}") {
        let once = normalize(&text);
        prop_assert_eq!(normalize(&once), once.clone());
        prop_assert!(!once.contains("  ") && !once.contains('\n'));
    }
}
