//! Document reading: one file's name and bytes in, clean text blocks out.
//!
//! [`extract`] picks a reader by the file's extension (plain text, Markdown, HTML or PDF),
//! splits the document into headings, paragraphs and list items, and runs every block through
//! [`normalize`]. It never touches the file system: callers pass the file name (used for the
//! extension and in error messages) and the bytes.
//!
//! Plain text and PDF text share one layout reader. It accepts both common shapes of text:
//! paragraphs separated by blank lines (hard-wrapped lines within a paragraph are joined), and
//! one paragraph per line. A line is a heading when it is short (at most 15 words and 120
//! characters), does not end with `. ! ? : ; ,`, starts with a capital letter or digit, and is
//! either the first line of the document or followed by a longer line (or a list); a line inside
//! a paragraph never counts as a heading, nor does a figure or table caption. Markdown-style
//! `# Heading` lines and headings underlined with `===` or `---` are headings too. Lines starting
//! with `- `, `* `, `• `, `1. `, `1) `, `a) ` or `(a) ` are list items.
//!
//! Every failure is an [`ExtractError`] whose message names the file and says, in plain words,
//! what to do about it. Nothing here panics on any input; the PDF reader (a third-party crate
//! that can panic on odd files) runs under `catch_unwind`.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe, PanicHookInfo};
use std::sync::{Arc, Mutex, PoisonError};

use super::normalize::normalize;

/// Size limits, refused with a reason rather than attempted: files larger than this are
/// "too large".
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;
/// Extracted text beyond this many bytes is "too much text for one deck".
pub const MAX_TEXT_BYTES: usize = 8 * 1024 * 1024;

/// The file extensions [`extract`] reads (compared case-insensitively).
pub const SUPPORTED_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "html", "htm", "pdf"];

/// What a block of text is in its document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A title or section heading.
    Heading,
    /// A paragraph of running text (also table rows, captions, stray page numbers in text).
    Paragraph,
    /// One item of a bulleted or numbered list (nested lists are flattened).
    ListItem,
}

/// One block of a document: a heading, a paragraph or a list item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// The block's text, already [`normalize`]d; never empty.
    pub text: String,
}

/// Why a document could not be read. Every message names the file.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    /// The file's extension is not one factdeck reads.
    #[error("{}", unknown_extension_message(file, extension))]
    UnknownExtension {
        /// The file name as given.
        file: String,
        /// The extension found (without the dot; empty if the name has none).
        extension: String,
    },
    /// The file has no bytes, only white space, or no text at all.
    #[error("\"{file}\" is empty: there is no text in it to make cards from")]
    Empty {
        /// The file name as given.
        file: String,
    },
    /// The file looks like binary data, not text.
    #[error(
        "\"{file}\" does not look like a text file (it contains binary data); \
         save it as plain text, Markdown, HTML or PDF and try again"
    )]
    Binary {
        /// The file name as given.
        file: String,
    },
    /// The file is not valid UTF-8 text (nor UTF-16 with a byte-order mark).
    #[error(
        "\"{file}\" is not UTF-8 text: unreadable characters start on line {line}; \
         save it with UTF-8 encoding (most editors offer this under \"Save as\") and try again"
    )]
    InvalidUtf8 {
        /// The file name as given.
        file: String,
        /// The 1-based line of the first invalid byte.
        line: usize,
        /// The 0-based byte offset of the first invalid byte.
        offset: usize,
    },
    /// A PDF that opens but has no text in it.
    #[error(
        "\"{file}\" has no text in it (it may be a scan); factdeck needs a PDF with selectable \
         text: run text recognition (OCR) on it first, or save its text as a .txt file"
    )]
    NoTextLayer {
        /// The file name as given.
        file: String,
    },
    /// A PDF that cannot be read: damaged, encrypted or not a PDF at all.
    #[error("\"{file}\" could not be read as a PDF: {reason}")]
    Pdf {
        /// The file name as given.
        file: String,
        /// Why, in plain words.
        reason: String,
    },
    /// The file is larger than [`MAX_FILE_BYTES`], or its text larger than [`MAX_TEXT_BYTES`].
    #[error("{}", too_large_message(file, *bytes, *limit))]
    TooLarge {
        /// The file name as given.
        file: String,
        /// The size found: the file's bytes, or the extracted text's bytes.
        bytes: u64,
        /// The limit exceeded: [`MAX_FILE_BYTES`] or [`MAX_TEXT_BYTES`].
        limit: u64,
    },
}

fn unknown_extension_message(file: &str, extension: &str) -> String {
    let supported = SUPPORTED_EXTENSIONS
        .iter()
        .map(|e| format!(".{e}"))
        .collect::<Vec<_>>()
        .join(", ");
    if extension.is_empty() {
        format!(
            "\"{file}\" has no file extension, so factdeck cannot tell what kind of document it \
             is; it reads {supported} files"
        )
    } else {
        format!(
            "\"{file}\" is a .{extension} file, which factdeck cannot read; it reads {supported} files"
        )
    }
}

fn megabytes(bytes: u64) -> String {
    // Tenths of a megabyte, rounded up so a size just over a limit never shows as equal to it.
    let tenths = bytes.saturating_mul(10).div_ceil(1024 * 1024);
    if tenths.is_multiple_of(10) {
        format!("{} MB", tenths / 10)
    } else {
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}

fn too_large_message(file: &str, bytes: u64, limit: u64) -> String {
    if limit == MAX_FILE_BYTES {
        format!(
            "\"{file}\" is too large ({}); factdeck reads files of up to {} — split it into \
             smaller documents",
            megabytes(bytes),
            megabytes(limit)
        )
    } else {
        format!(
            "\"{file}\" has too much text for one deck ({} of text; the limit is {}) — split it \
             into smaller documents",
            megabytes(bytes),
            megabytes(limit)
        )
    }
}

/// The readers, chosen by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Markdown,
    Html,
    Pdf,
}

/// Extracts the text blocks of one document. `name` is its file name or path (its extension
/// picks the reader; it is used in errors). Case-insensitive extensions: txt, text, md,
/// markdown, html, htm, pdf. A PDF saved under a text extension is read as a PDF.
///
/// Returns at least one block on success; every block's text is normalized and non-empty.
pub fn extract(name: &str, bytes: &[u8]) -> Result<Vec<Block>, ExtractError> {
    let file = name.to_string();
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if size > MAX_FILE_BYTES {
        return Err(ExtractError::TooLarge {
            file,
            bytes: size,
            limit: MAX_FILE_BYTES,
        });
    }
    let ext = extension(name);
    let mut format = match ext.to_ascii_lowercase().as_str() {
        "txt" | "text" => Format::Text,
        "md" | "markdown" => Format::Markdown,
        "html" | "htm" => Format::Html,
        "pdf" => Format::Pdf,
        _ => {
            return Err(ExtractError::UnknownExtension {
                file,
                extension: ext.to_string(),
            });
        }
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ExtractError::Empty { file });
    }
    if format != Format::Pdf && bytes.trim_ascii_start().starts_with(b"%PDF-") {
        format = Format::Pdf;
    }
    let blocks = match format {
        Format::Text => text_blocks(&decode_text(&file, bytes)?, Layout::Text),
        Format::Markdown => markdown_blocks(&decode_text(&file, bytes)?),
        Format::Html => html_blocks(&decode_text(&file, bytes)?).ok_or_else(|| {
            // Parsing HTML from memory does not fail in practice.
            ExtractError::Empty { file: file.clone() }
        })?,
        Format::Pdf => {
            let text = pdf_text(&file, bytes)?;
            if text.len() > 4 * MAX_TEXT_BYTES {
                return Err(too_much_text(&file, text.len()));
            }
            let blocks = text_blocks(&text, Layout::Pdf);
            if blocks.is_empty() {
                return Err(ExtractError::NoTextLayer { file });
            }
            blocks
        }
    };
    let total: usize = blocks.iter().map(|b| b.text.len()).sum();
    if total > MAX_TEXT_BYTES {
        return Err(too_much_text(&file, total));
    }
    if blocks.is_empty() {
        return Err(ExtractError::Empty { file });
    }
    Ok(blocks)
}

fn too_much_text(file: &str, bytes: usize) -> ExtractError {
    ExtractError::TooLarge {
        file: file.to_string(),
        bytes: u64::try_from(bytes).unwrap_or(u64::MAX),
        limit: u64::try_from(MAX_TEXT_BYTES).unwrap_or(u64::MAX),
    }
}

/// The last non-empty component of a path, split at `/` or `\`.
fn base_name(name: &str) -> &str {
    name.rsplit(['/', '\\'])
        .find(|s| !s.is_empty())
        .unwrap_or("")
}

/// The extension of the file's base name, without the dot ("" if none; a leading dot, as in
/// ".txt", does not start an extension).
fn extension(name: &str) -> &str {
    let base = base_name(name);
    match base.rfind('.') {
        Some(i) if i > 0 => &base[i + 1..],
        _ => "",
    }
}

/// The file name without folders and extension, for use as a fallback title:
/// `"notes/Liver Cirrhosis.pdf"` → `"Liver Cirrhosis"`.
pub fn file_stem(name: &str) -> String {
    let base = base_name(name);
    match base.rfind('.') {
        Some(i) if i > 0 => base[..i].to_string(),
        _ => base.to_string(),
    }
}

// ---------------------------------------------------------------------------------------------
// Decoding text files
// ---------------------------------------------------------------------------------------------

/// How many leading bytes (or characters) are inspected to tell text from binary data.
const SNIFF_LEN: usize = 8 * 1024;

/// Decodes a text file: UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order
/// mark (what Windows Notepad writes as "Unicode").
fn decode_text(file: &str, bytes: &[u8]) -> Result<String, ExtractError> {
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        check_binary_bytes(file, rest)?;
        decode_utf8(file, rest, 3)?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        decode_utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        decode_utf16(rest, u16::from_be_bytes)
    } else {
        check_binary_bytes(file, bytes)?;
        decode_utf8(file, bytes, 0)?
    };
    if looks_binary(text.chars().take(SNIFF_LEN)) {
        return Err(ExtractError::Binary {
            file: file.to_string(),
        });
    }
    Ok(text)
}

fn check_binary_bytes(file: &str, bytes: &[u8]) -> Result<(), ExtractError> {
    let sample = bytes.get(..SNIFF_LEN).unwrap_or(bytes);
    if looks_binary(sample.iter().map(|&b| char::from(b)).filter(char::is_ascii)) {
        return Err(ExtractError::Binary {
            file: file.to_string(),
        });
    }
    Ok(())
}

/// Binary data: any NUL, or more than one control character in ten.
fn looks_binary(sample: impl Iterator<Item = char>) -> bool {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in sample {
        total += 1;
        if c == '\0' {
            return true;
        }
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}') {
            control += 1;
        }
    }
    control * 10 > total
}

fn decode_utf8(file: &str, bytes: &[u8], bom_len: usize) -> Result<String, ExtractError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let valid = bytes.get(..e.valid_up_to()).unwrap_or(bytes);
            Err(ExtractError::InvalidUtf8 {
                file: file.to_string(),
                line: line_number(valid),
                offset: e.valid_up_to() + bom_len,
            })
        }
    }
}

/// The 1-based line number at the end of `before` (`\n`, `\r\n` and lone `\r` end lines).
fn line_number(before: &[u8]) -> usize {
    let mut line = 1;
    let mut iter = before.iter().peekable();
    while let Some(&b) = iter.next() {
        match b {
            b'\n' => line += 1,
            b'\r' if iter.peek() != Some(&&b'\n') => line += 1,
            _ => {}
        }
    }
    line
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Block building (shared by Markdown and HTML)
// ---------------------------------------------------------------------------------------------

/// Collects inline text into blocks; the kind of the block being collected is the innermost
/// open heading / list item / table row, or a paragraph.
#[derive(Default)]
struct Builder {
    blocks: Vec<Block>,
    buf: String,
    kinds: Vec<BlockKind>,
}

impl Builder {
    fn kind(&self) -> BlockKind {
        self.kinds.last().copied().unwrap_or(BlockKind::Paragraph)
    }

    /// Ends the current block (if it has any text).
    fn flush(&mut self) {
        let text = normalize(&self.buf);
        self.buf.clear();
        if !text.is_empty() {
            self.blocks.push(Block {
                kind: self.kind(),
                text,
            });
        }
    }

    fn open(&mut self, kind: BlockKind) {
        self.flush();
        self.kinds.push(kind);
    }

    fn close(&mut self) {
        self.flush();
        self.kinds.pop();
    }

    fn text(&mut self, text: &str) {
        self.buf.push_str(text);
    }

    /// Starts a table cell: cells of a row are joined with "; ".
    fn cell(&mut self) {
        if !self.buf.trim().is_empty() {
            self.buf.push_str("; ");
        }
    }

    fn finish(mut self) -> Vec<Block> {
        self.flush();
        self.blocks
    }
}

// ---------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------

fn markdown_blocks(text: &str) -> Vec<Block> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | Options::ENABLE_DEFINITION_LIST;
    let mut b = Builder::default();
    // Depth inside content that is not prose: code blocks, HTML blocks, metadata, images.
    let mut skip = 0usize;
    for event in Parser::new_ext(text, options) {
        match event {
            Event::Start(tag) => match tag {
                Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::MetadataBlock(_) => {
                    b.flush();
                    skip += 1;
                }
                Tag::Image { .. } => skip += 1,
                Tag::Heading { .. } => b.open(BlockKind::Heading),
                Tag::Item => b.open(BlockKind::ListItem),
                Tag::TableHead | Tag::TableRow => b.open(BlockKind::Paragraph),
                Tag::TableCell => b.cell(),
                Tag::Paragraph
                | Tag::BlockQuote(_)
                | Tag::List(_)
                | Tag::FootnoteDefinition(_)
                | Tag::Table(_)
                | Tag::DefinitionList
                | Tag::DefinitionListTitle
                | Tag::DefinitionListDefinition => b.flush(),
                Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. } => {}
            },
            Event::End(tag) => match tag {
                TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_) => {
                    skip = skip.saturating_sub(1);
                }
                TagEnd::Image => skip = skip.saturating_sub(1),
                TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableHead | TagEnd::TableRow => {
                    b.close();
                }
                TagEnd::Paragraph
                | TagEnd::BlockQuote(_)
                | TagEnd::List(_)
                | TagEnd::FootnoteDefinition
                | TagEnd::Table
                | TagEnd::DefinitionList
                | TagEnd::DefinitionListTitle
                | TagEnd::DefinitionListDefinition => b.flush(),
                TagEnd::TableCell
                | TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript
                | TagEnd::Link => {}
            },
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                if skip == 0 {
                    b.text(&t);
                }
            }
            // A newline, so a word hyphenated at the end of a source line is joined again.
            Event::SoftBreak | Event::HardBreak => {
                if skip == 0 {
                    b.text("\n");
                }
            }
            Event::InlineHtml(html) => {
                if skip == 0 && html.trim_start().to_ascii_lowercase().starts_with("<br") {
                    b.text("\n");
                }
            }
            Event::Rule => b.flush(),
            Event::Html(_) | Event::FootnoteReference(_) | Event::TaskListMarker(_) => {}
        }
    }
    b.finish()
}

// ---------------------------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------------------------

/// Elements whose content is never prose.
const HTML_SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "svg", "math", "canvas", "iframe", "object",
    "embed", "audio", "video", "select", "button", "textarea", "input", "pre", "head", "menu",
];

/// Elements that start and end a block.
const HTML_BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "blockquote",
    "figure",
    "figcaption",
    "address",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "caption",
    "ul",
    "ol",
    "hr",
    "body",
    "html",
    "form",
    "fieldset",
    "legend",
    "details",
    "summary",
    "center",
    "hgroup",
    "dialog",
    "search",
];

enum Step {
    Enter(html2text::Handle),
    Leave(Leave),
}

#[derive(Clone, Copy)]
enum Leave {
    Close,
    Flush,
    Nothing,
}

/// The text of a text node. `html2text` re-exports its DOM but not the text variant of its node
/// data, so the text is read through its debug rendering: `"Text:<contents>\n"` for text with
/// something other than white space in it, nothing for white space only.
fn text_node_contents(node: &html2text::Handle) -> Option<String> {
    let rendered = html2text::RcDom::node_as_dom_string(node);
    if let Some(rest) = rendered.strip_prefix("Text:") {
        Some(rest.strip_suffix('\n').unwrap_or(rest).to_string())
    } else if rendered.is_empty() {
        // White space only (or a processing instruction, which renders as nothing too).
        Some(" ".to_string())
    } else {
        None
    }
}

/// All the text inside `node`, without structure (used for `<title>`).
fn html_text_content(node: &html2text::Handle) -> String {
    let mut out = String::new();
    let mut stack = vec![node.clone()];
    while let Some(n) = stack.pop() {
        match &n.data {
            html2text::Element { .. } | html2text::Document => {
                stack.extend(n.children.borrow().iter().rev().cloned());
            }
            html2text::Comment { .. } => {}
            _ => {
                if let Some(t) = text_node_contents(&n) {
                    out.push_str(&t);
                }
            }
        }
    }
    out
}

/// Finds the text of the first `<title>` under `node`.
fn html_title(node: &html2text::Handle) -> Option<String> {
    let mut stack = vec![node.clone()];
    while let Some(n) = stack.pop() {
        if let html2text::Element { name, .. } = &n.data {
            if &*name.local == "title" {
                return Some(normalize(&html_text_content(&n)));
            }
            stack.extend(n.children.borrow().iter().rev().cloned());
        }
    }
    None
}

/// The deepest element nesting passed to the HTML parser, whose work grows with the square of
/// the nesting depth; real pages stay far below this.
const MAX_HTML_DEPTH: usize = 100;

/// Elements that never nest: void elements, and elements whose end tag may be left out (the
/// next sibling closes them).
const HTML_NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead",
    "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head", "body",
];

/// Elements whose content is raw text, not markup.
const HTML_RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "plaintext"];

/// Finds `needle` (ASCII) in `haystack` from byte `from` on, ignoring ASCII case.
fn find_ignore_ascii_case(haystack: &str, from: usize, needle: &str) -> Option<usize> {
    let hay = haystack.as_bytes().get(from..)?;
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
        .map(|p| from + p)
}

/// Drops start tags (and their end tags) that would nest elements deeper than
/// [`MAX_HTML_DEPTH`], so pathological input ("<div>" a million times) cannot stall the parser.
/// A rough scan of the markup; documents within the limit come back unchanged.
fn limit_html_nesting(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut copied = 0; // bytes of `html` already copied to `out`
    let mut depth = 0usize;
    let mut dropped = 0usize; // start tags dropped and not yet matched by an end tag
    let mut foreign = 0usize; // depth inside <svg> / <math>, where "<x/>" closes itself
    let mut i = 0;
    while let Some(lt) = html.get(i..).and_then(|rest| rest.find('<')).map(|p| i + p) {
        let rest = html.get(lt..).unwrap_or("");
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(html.len(), |e| lt + e + 3);
            continue;
        }
        let closing = rest.as_bytes().get(1) == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        let name_len = html
            .get(name_start..)
            .unwrap_or("")
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-')
            .count();
        let Some(gt) = html
            .get(name_start..)
            .and_then(|r| r.find('>'))
            .map(|p| name_start + p)
        else {
            break;
        };
        if name_len == 0 {
            i = lt + 1;
            continue;
        }
        let name = html
            .get(name_start..name_start + name_len)
            .unwrap_or("")
            .to_ascii_lowercase();
        let self_closing = foreign > 0 && html.get(..gt).is_some_and(|t| t.ends_with('/'));
        let nests = !HTML_NOT_NESTING.contains(&name.as_str());
        let mut drop_tag = false;
        if closing {
            if name == "svg" || name == "math" {
                foreign = foreign.saturating_sub(1);
            }
            if nests {
                if dropped > 0 {
                    dropped -= 1;
                    drop_tag = true;
                } else {
                    depth = depth.saturating_sub(1);
                }
            }
        } else if nests && !self_closing {
            if depth >= MAX_HTML_DEPTH {
                dropped += 1;
                drop_tag = true;
            } else {
                depth += 1;
                if name == "svg" || name == "math" {
                    foreign += 1;
                }
            }
        }
        if drop_tag {
            out.push_str(html.get(copied..lt).unwrap_or(""));
            out.push(' ');
            copied = gt + 1;
        }
        i = gt + 1;
        if !closing && foreign == 0 && HTML_RAW_TEXT.contains(&name.as_str()) {
            i = find_ignore_ascii_case(html, i, &format!("</{name}")).unwrap_or(html.len());
        }
    }
    out.push_str(html.get(copied..).unwrap_or(""));
    out
}

fn html_blocks(text: &str) -> Option<Vec<Block>> {
    let dom = html2text::config::plain()
        .parse_html(limit_html_nesting(text).as_bytes())
        .ok()?;
    let mut b = Builder::default();
    let mut title: Option<String> = None;
    let mut saw_h1 = false;
    let mut stack = vec![Step::Enter(dom.document.clone())];
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Leave(Leave::Close) => {
                b.close();
                continue;
            }
            Step::Leave(Leave::Flush) => {
                b.flush();
                continue;
            }
            Step::Leave(Leave::Nothing) => continue,
            Step::Enter(node) => node,
        };
        let leave = match &node.data {
            html2text::Document => Leave::Nothing,
            html2text::Comment { .. } => continue,
            html2text::Element { name, attrs, .. } => {
                let tag: &str = &name.local;
                let hidden = attrs.borrow().iter().any(|a| {
                    let attr: &str = &a.name.local;
                    let value: &str = &a.value;
                    attr == "hidden"
                        || (attr == "aria-hidden" && value.eq_ignore_ascii_case("true"))
                        || (attr == "role" && value.eq_ignore_ascii_case("navigation"))
                });
                if tag == "head" && title.is_none() {
                    title = html_title(&node);
                }
                if tag == "title" && title.is_none() {
                    title = Some(normalize(&html_text_content(&node)));
                }
                if hidden || tag == "title" || HTML_SKIP.contains(&tag) {
                    continue;
                }
                match tag {
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                        saw_h1 |= tag == "h1";
                        b.open(BlockKind::Heading);
                        Leave::Close
                    }
                    "li" => {
                        b.open(BlockKind::ListItem);
                        Leave::Close
                    }
                    "tr" => {
                        b.open(BlockKind::Paragraph);
                        Leave::Close
                    }
                    "td" | "th" => {
                        b.cell();
                        Leave::Nothing
                    }
                    "br" => {
                        b.text("\n");
                        Leave::Nothing
                    }
                    t if HTML_BLOCKS.contains(&t) => {
                        b.flush();
                        Leave::Flush
                    }
                    _ => Leave::Nothing,
                }
            }
            _ => {
                if let Some(t) = text_node_contents(&node) {
                    // Source line breaks are spaces in HTML: "late-\nstage" shows "late- stage".
                    b.text(&t.replace(['\n', '\r'], " "));
                }
                continue;
            }
        };
        stack.push(Step::Leave(leave));
        stack.extend(
            node.children
                .borrow()
                .iter()
                .rev()
                .map(|child| Step::Enter(child.clone())),
        );
    }
    let mut blocks = b.finish();
    if let Some(title) = title.filter(|t| !t.is_empty())
        && !saw_h1
        && blocks.first().is_none_or(|first| first.text != title)
    {
        blocks.insert(
            0,
            Block {
                kind: BlockKind::Heading,
                text: title,
            },
        );
    }
    Some(blocks)
}

// ---------------------------------------------------------------------------------------------
// PDF
// ---------------------------------------------------------------------------------------------

/// Serializes the panic-hook swap: concurrent swaps could otherwise leave the silent hook
/// installed for good.
static PANIC_HOOK_LOCK: Mutex<()> = Mutex::new(());

thread_local! {
    /// Set while this thread runs the PDF reader, whose panics are expected and silenced.
    static SILENCE_PANICS: Cell<bool> = const { Cell::new(false) };
}

type PanicHook = Box<dyn Fn(&PanicHookInfo<'_>) + Sync + Send + 'static>;

/// Runs `f`, turning a panic into `Err(())` without printing the panic message. Panics on other
/// threads meanwhile still reach the previous hook, which is restored afterwards.
fn catch_panic_silently<T>(f: impl FnOnce() -> T) -> Result<T, ()> {
    let _guard = PANIC_HOOK_LOCK
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    let previous: Arc<PanicHook> = Arc::new(panic::take_hook());
    let for_other_threads = Arc::clone(&previous);
    panic::set_hook(Box::new(move |info| {
        if !SILENCE_PANICS.with(Cell::get) {
            for_other_threads(info);
        }
    }));
    SILENCE_PANICS.with(|s| s.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    SILENCE_PANICS.with(|s| s.set(false));
    // Dropping our hook releases its share of the previous one.
    drop(panic::take_hook());
    match Arc::try_unwrap(previous) {
        Ok(hook) => panic::set_hook(hook),
        Err(shared) => panic::set_hook(Box::new(move |info| shared(info))),
    }
    result.map_err(|_| ())
}

fn pdf_text(file: &str, bytes: &[u8]) -> Result<String, ExtractError> {
    let pdf_error = |reason: String| ExtractError::Pdf {
        file: file.to_string(),
        reason,
    };
    let header = bytes.get(..1024).unwrap_or(bytes);
    if !header.windows(5).any(|w| w == b"%PDF-") {
        return Err(pdf_error(
            "it is not a PDF file (the PDF signature is missing); was it renamed from another \
             type of file?"
                .to_string(),
        ));
    }
    match catch_panic_silently(|| pdf_extract::extract_text_from_mem(bytes)) {
        Ok(Ok(text)) => Ok(text),
        Ok(Err(e)) => Err(pdf_error(pdf_reason(&e))),
        Err(()) => Err(pdf_error(
            "the PDF reader failed on it, so the file is probably damaged or uses features \
             factdeck cannot read; try printing it to a new PDF, or save its text as a .txt \
             file"
                .to_string(),
        )),
    }
}

fn pdf_reason(e: &pdf_extract::OutputError) -> String {
    use pdf_extract::{Error, OutputError};
    match e {
        OutputError::PdfError(
            Error::Decryption(_)
            | Error::InvalidPassword
            | Error::UnsupportedSecurityHandler(_)
            | Error::AlreadyEncrypted,
        ) => "it is password-protected (encrypted); save an unprotected copy and try again"
            .to_string(),
        other => format!("the file is damaged or not a PDF ({other})"),
    }
}

// ---------------------------------------------------------------------------------------------
// Plain text and PDF text layout
// ---------------------------------------------------------------------------------------------

/// Where the text comes from: PDF text is always hard-wrapped, has page numbers and running
/// heads to drop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    Text,
    Pdf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    Blank,
    /// A line of one repeated character (`---`, `===`, `***`): a separator or an underline.
    Rule(char),
    Text,
    ListItem,
    Heading,
    PageNumber,
}

#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    kind: LineKind,
    /// Trimmed content (without the list marker or `#`s).
    text: &'a str,
    /// Leading white space, in columns (a tab counts 4).
    indent: usize,
    /// Characters in `text`.
    len: usize,
}

/// A line is "full" (hard-wrapped, not the end of a paragraph) from this share of the wrap
/// width on.
const FULL_LINE: f64 = 0.7;

/// Documents whose typical long line is at most this many characters are hard-wrapped.
const MAX_WRAP_WIDTH: usize = 160;

/// Splits `text` into lines; form feeds and paragraph separators also end a paragraph.
fn raw_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        match c {
            '\n' | '\u{85}' | '\u{2028}' => {
                lines.push(&text[start..i]);
                start = i + c.len_utf8();
            }
            '\r' => {
                lines.push(&text[start..i]);
                start = i + 1;
                if let Some(&(j, '\n')) = iter.peek() {
                    iter.next();
                    start = j + 1;
                }
            }
            '\u{0B}' | '\u{0C}' | '\u{2029}' => {
                lines.push(&text[start..i]);
                lines.push("");
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    lines.push(&text[start..]);
    lines
}

fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}'
        )
}

fn rule_char(content: &str) -> Option<char> {
    let mut chars = content.chars().filter(|c| !c.is_whitespace());
    let first = chars.next()?;
    if !matches!(first, '-' | '=' | '*' | '_' | '~' | '#' | '+') {
        return None;
    }
    let mut count = 1;
    for c in chars {
        if c != first {
            return None;
        }
        count += 1;
    }
    (count >= 3).then_some(first)
}

/// `# Heading` (one to six `#`s and a space) → the heading text.
fn markdown_heading(content: &str) -> Option<&str> {
    let hashes = content.chars().take_while(|&c| c == '#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = content.get(hashes..)?;
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    let text = rest.trim().trim_end_matches('#').trim_end();
    Some(text)
}

/// A list item's text without its marker: `- `, `* `, `+ `, `• ` (and similar bullets),
/// `1. `, `1) `, `a) `, `(a) `, `(1) `, `iv) `.
fn list_item(content: &str) -> Option<&str> {
    let mut chars = content.char_indices();
    let (_, first) = chars.next()?;
    let after_marker = |end: usize| -> Option<&str> {
        let rest = content.get(end..)?;
        if !rest.starts_with(char::is_whitespace) {
            return None;
        }
        let rest = rest.trim_start();
        (!rest.is_empty()).then_some(rest)
    };
    if matches!(
        first,
        '-' | '*'
            | '+'
            | '•'
            | '◦'
            | '▪'
            | '▫'
            | '‣'
            | '⁃'
            | '●'
            | '○'
            | '■'
            | '□'
            | '–'
            | '·'
    ) {
        return after_marker(first.len_utf8());
    }
    // "(a) ", "(1) ", "(iv) ".
    if first == '(' {
        let close = content.find(')')?;
        let inner = content.get(1..close)?;
        if is_enumerator(inner) {
            return after_marker(close + 1);
        }
        return None;
    }
    // "1. ", "1) ", "a) ", "iv) ".
    let end = content.find(['.', ')'])?;
    let inner = content.get(..end)?;
    let delimiter = content.get(end..=end)?;
    let numeric =
        !inner.is_empty() && inner.len() <= 3 && inner.bytes().all(|b| b.is_ascii_digit());
    if numeric || (delimiter == ")" && is_enumerator(inner)) {
        return after_marker(end + 1);
    }
    None
}

/// `1`–`999`, a single letter, or a short lower-case roman numeral.
fn is_enumerator(s: &str) -> bool {
    let numeric = !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit());
    let letter = s.len() == 1 && s.bytes().all(|b| b.is_ascii_alphabetic());
    let roman = !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b"ivx".contains(&b));
    numeric || letter || roman
}

/// A line that is only a page number: "12", "- 12 -", "Page 3", "page 3 of 10", "3/10" (and,
/// in PDFs, lower-case roman numerals).
fn is_page_number(content: &str, layout: Layout) -> bool {
    // A page number is short: "page", "p.", "of", "/" and a few digits or roman numerals
    // come to at most 14 characters besides white space and the dashes and bars trimmed
    // below. Longer lines (most lines of prose) are not lower-cased to find that out.
    let mut marks = content
        .chars()
        .filter(|&c| !c.is_whitespace() && !matches!(c, '-' | '–' | '—' | '|' | '[' | ']'));
    if marks.nth(16).is_some() {
        return false;
    }
    let core = content
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | '|' | '[' | ']'))
        .to_lowercase();
    let core = core
        .strip_prefix("page")
        .or_else(|| core.strip_prefix("p."))
        .unwrap_or(&core)
        .trim();
    let number = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    if number(core) {
        return true;
    }
    for sep in [" of ", "/"] {
        if let Some((a, b)) = core.split_once(sep)
            && number(a.trim())
            && number(b.trim())
        {
            return true;
        }
    }
    layout == Layout::Pdf
        && !core.is_empty()
        && core.len() <= 6
        && core.bytes().all(|b| b"ivxlc".contains(&b))
}

fn classify_line<'a>(raw: &'a str, layout: Layout) -> Line<'a> {
    let content = raw.trim();
    let indent = raw
        .chars()
        .take_while(|c| c.is_whitespace())
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum();
    let line = |kind: LineKind, text: &'a str| Line {
        kind,
        text,
        indent,
        len: text.chars().count(),
    };
    if content.chars().all(is_invisible) {
        return line(LineKind::Blank, "");
    }
    if let Some(c) = rule_char(content) {
        return line(LineKind::Rule(c), content);
    }
    if let Some(text) = markdown_heading(content) {
        return line(LineKind::Heading, text);
    }
    if let Some(text) = list_item(content) {
        return line(LineKind::ListItem, text);
    }
    if is_page_number(content, layout) {
        return line(LineKind::PageNumber, content);
    }
    line(LineKind::Text, content)
}

/// Strips closing quotes and brackets from the end of `s`.
fn trim_closers(s: &str) -> &str {
    s.trim_end_matches(['"', '\'', ')', ']', '}', '»', '\u{2019}', '\u{201D}'])
}

/// Whether `s` ends a sentence (`.`, `!` or `?`, possibly inside closing quotes or brackets).
fn ends_sentence(s: &str) -> bool {
    trim_closers(s.trim_end()).ends_with(['.', '!', '?'])
}

fn starts_lowercase(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// Figure and table captions are paragraphs, never headings: "Figure 2 …", "Fig. 3b …",
/// "Table S1 …", "Table IV …".
fn is_caption(s: &str) -> bool {
    const WORDS: &[&str] = &[
        "figure", "fig.", "fig", "table", "tab.", "chart", "scheme", "plate", "box", "graph",
    ];
    let lower = s.to_ascii_lowercase();
    WORDS.iter().any(|word| {
        let Some(rest) = lower.strip_prefix(word) else {
            return false;
        };
        if !(word.ends_with('.') || rest.starts_with(char::is_whitespace)) {
            return false;
        }
        let label: &str = rest
            .trim_start()
            .split(|c: char| c.is_whitespace() || matches!(c, ':' | '.' | ','))
            .next()
            .unwrap_or("");
        let numbered = label.len() <= 5 && label.bytes().any(|b| b.is_ascii_digit());
        let roman =
            !label.is_empty() && label.len() <= 5 && label.bytes().all(|b| b"ivxl".contains(&b));
        numbered || roman
    })
}

/// Short, title-like text: at most 15 words and 120 characters, starting with a capital, a digit
/// or a quote, ending with a letter, digit, closing bracket or quote, and not a caption.
fn heading_like(s: &str) -> bool {
    let words = s.split_whitespace().count();
    if words == 0 || words > 15 || s.chars().count() > 120 {
        return false;
    }
    let (Some(first), Some(last)) = (s.chars().next(), s.chars().last()) else {
        return false;
    };
    (first.is_uppercase() || first.is_ascii_digit() || matches!(first, '"' | '\''))
        && (last.is_alphanumeric() || matches!(last, ')' | ']' | '"' | '\''))
        && s.chars().any(char::is_alphabetic)
        && !is_caption(s)
}

/// The wrap width of hard-wrapped text: the 90th percentile of line lengths.
fn wrap_width(lines: &[Line<'_>]) -> usize {
    let mut lens: Vec<usize> = lines
        .iter()
        .filter(|l| matches!(l.kind, LineKind::Text | LineKind::ListItem))
        .map(|l| l.len)
        .collect();
    if lens.is_empty() {
        return 0;
    }
    lens.sort_unstable();
    lens[(lens.len() - 1) * 9 / 10]
}

/// Drops PDF page numbers and running heads/feet (short lines repeated on three or more pages,
/// compared without their digits).
fn drop_pdf_furniture(lines: &mut [Line<'_>]) {
    use std::collections::HashMap;
    let key = |s: &str| -> String { s.chars().filter(|c| !c.is_ascii_digit()).collect() };
    let mut counts: HashMap<String, usize> = HashMap::new();
    for line in lines
        .iter()
        .filter(|l| l.kind == LineKind::Text && l.len <= 80)
    {
        *counts.entry(key(line.text)).or_default() += 1;
    }
    for line in lines.iter_mut() {
        let repeated = line.kind == LineKind::Text
            && line.len <= 80
            && counts.get(&key(line.text)).is_some_and(|&n| n >= 3)
            && key(line.text).trim().chars().count() >= 8;
        if line.kind == LineKind::PageNumber || repeated {
            line.kind = LineKind::Blank;
        }
    }
}

/// Marks heading lines: underlined ones, and title-like lines by their context.
fn mark_headings(lines: &mut [Line<'_>], width: usize, hard_wrapped: bool) {
    // Underlined headings: a title-like line directly above `===` or `---`.
    for i in 0..lines.len().saturating_sub(1) {
        let starts_chunk =
            i == 0 || matches!(lines[i - 1].kind, LineKind::Blank | LineKind::Rule(_));
        if lines[i].kind == LineKind::Text
            && matches!(lines[i + 1].kind, LineKind::Rule('=' | '-'))
            && starts_chunk
            && lines[i].len <= 120
            && !ends_sentence(lines[i].text)
        {
            lines[i].kind = LineKind::Heading;
            lines[i + 1].kind = LineKind::Blank;
        }
    }
    let non_blank: Vec<usize> = (0..lines.len())
        .filter(|&i| !matches!(lines[i].kind, LineKind::Blank | LineKind::Rule(_)))
        .collect();
    let full = (width as f64 * FULL_LINE).ceil() as usize;
    for (pos, &i) in non_blank.iter().enumerate() {
        let line = lines[i];
        if line.kind != LineKind::Text || !heading_like(line.text) {
            continue;
        }
        let prev = pos.checked_sub(1).and_then(|p| non_blank.get(p)).copied();
        let next = non_blank.get(pos + 1).copied();
        let is_first = prev.is_none();
        // A line inside an unfinished sentence is not a heading.
        let inside_sentence = prev.is_some_and(|p| {
            p + 1 == i
                && matches!(lines[p].kind, LineKind::Text | LineKind::ListItem)
                && !ends_sentence(lines[p].text)
        });
        if inside_sentence {
            continue;
        }
        let heading = match next {
            None => is_first,
            Some(n) => {
                let next_line = lines[n];
                let same_chunk = n == i + 1;
                let continues = starts_lowercase(next_line.text);
                let longer = next_line.len > line.len || next_line.kind == LineKind::ListItem;
                let wrapped = hard_wrapped && same_chunk && !is_first && line.len >= full;
                !continues && (longer || is_first) && !wrapped
            }
        };
        if heading {
            lines[i].kind = LineKind::Heading;
        }
    }
}

/// A text block being collected line by line.
struct Pending<'a> {
    kind: BlockKind,
    /// The lines so far, joined by '\n'.
    text: String,
    /// Whether the block started with a figure or table caption.
    caption: bool,
    /// The last line added.
    last: Line<'a>,
}

impl<'a> Pending<'a> {
    fn new(kind: BlockKind, line: &Line<'a>) -> Self {
        Pending {
            kind,
            text: line.text.to_string(),
            caption: is_caption(line.text),
            last: *line,
        }
    }

    fn push(&mut self, line: &Line<'a>) {
        self.text.push('\n');
        self.text.push_str(line.text);
        self.last = *line;
    }
}

/// Splits plain text (or PDF text) into blocks; see the module documentation for the rules.
fn text_blocks(text: &str, layout: Layout) -> Vec<Block> {
    let mut lines: Vec<Line<'_>> = raw_lines(text)
        .into_iter()
        .map(|raw| classify_line(raw, layout))
        .collect();
    if layout == Layout::Pdf {
        drop_pdf_furniture(&mut lines);
    }
    let width = wrap_width(&lines);
    let hard_wrapped = layout == Layout::Pdf || width <= MAX_WRAP_WIDTH;
    mark_headings(&mut lines, width, hard_wrapped);
    let full = (width as f64 * FULL_LINE).ceil() as usize;

    // Raw blocks: kind, text (lines joined by '\n'), whether it may merge with a continuation.
    let mut raw: Vec<(BlockKind, String, bool)> = Vec::new();
    let mut current: Option<Pending> = None;
    let flush = |current: &mut Option<Pending>, raw: &mut Vec<(BlockKind, String, bool)>| {
        if let Some(pending) = current.take() {
            raw.push((pending.kind, pending.text, true));
        }
    };
    for line in &lines {
        match line.kind {
            LineKind::Blank | LineKind::Rule(_) => flush(&mut current, &mut raw),
            LineKind::Heading => {
                flush(&mut current, &mut raw);
                raw.push((BlockKind::Heading, line.text.to_string(), false));
            }
            LineKind::PageNumber => {
                flush(&mut current, &mut raw);
                raw.push((BlockKind::Paragraph, line.text.to_string(), false));
            }
            LineKind::ListItem => {
                flush(&mut current, &mut raw);
                current = Some(Pending::new(BlockKind::ListItem, line));
            }
            LineKind::Text => {
                if let Some(pending) = current.as_mut() {
                    let prev = pending.last;
                    let join = match pending.kind {
                        BlockKind::ListItem => line.indent > 0 || starts_lowercase(line.text),
                        // A caption is a paragraph of its own, possibly wrapped.
                        _ if pending.caption => {
                            starts_lowercase(line.text)
                                || (hard_wrapped && prev.len >= full && !ends_sentence(prev.text))
                        }
                        _ if is_caption(line.text) => false,
                        _ => {
                            starts_lowercase(line.text)
                                || !ends_sentence(prev.text)
                                || (hard_wrapped && prev.len >= full)
                        }
                    };
                    if join {
                        pending.push(line);
                        continue;
                    }
                }
                flush(&mut current, &mut raw);
                current = Some(Pending::new(BlockKind::Paragraph, line));
            }
        }
    }
    flush(&mut current, &mut raw);

    // A paragraph cut by a blank line or page break in mid-sentence continues in the next one.
    let mut merged: Vec<(BlockKind, String, bool)> = Vec::with_capacity(raw.len());
    for block in raw {
        if let Some(prev) = merged.last_mut() {
            let continues = prev.2
                && block.2
                && prev.0 == BlockKind::Paragraph
                && block.0 == BlockKind::Paragraph
                && !ends_sentence(&prev.1)
                && !prev.1.trim_end().ends_with(':')
                && starts_lowercase(&block.1);
            if continues {
                prev.1.push('\n');
                prev.1.push_str(&block.1);
                continue;
            }
        }
        merged.push(block);
    }

    merged
        .into_iter()
        .filter_map(|(kind, text, _)| {
            let text = normalize(&text);
            (!text.is_empty()).then_some(Block { kind, text })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(text: &str) -> Vec<(BlockKind, String)> {
        text_blocks(text, Layout::Text)
            .into_iter()
            .map(|b| (b.kind, b.text))
            .collect()
    }

    use BlockKind::{Heading as H, ListItem as L, Paragraph as P};

    fn b(kind: BlockKind, text: &str) -> (BlockKind, String) {
        (kind, text.to_string())
    }

    #[test]
    fn file_stems_and_extensions() {
        assert_eq!(file_stem("notes/Liver Cirrhosis.pdf"), "Liver Cirrhosis");
        assert_eq!(file_stem("C:\\docs\\cells.v2.TXT"), "cells.v2");
        assert_eq!(file_stem("README"), "README");
        assert_eq!(file_stem(".hidden"), ".hidden");
        assert_eq!(file_stem("dir/"), "dir");
        assert_eq!(file_stem(""), "");
        assert_eq!(extension("a/b.Md"), "Md");
        assert_eq!(extension("a.b/c"), "");
        assert_eq!(extension(".txt"), "");
    }

    #[test]
    fn one_paragraph_per_line() {
        let text = "The Liver\nThe liver is the largest internal organ and it has many functions in the body. It filters blood.\nFunctions of the Liver\nThe liver makes bile, which helps to digest fats in the small intestine of the body.";
        assert_eq!(
            blocks(text),
            vec![
                b(H, "The Liver"),
                b(
                    P,
                    "The liver is the largest internal organ and it has many functions in the body. It filters blood."
                ),
                b(H, "Functions of the Liver"),
                b(
                    P,
                    "The liver makes bile, which helps to digest fats in the small intestine of the body."
                ),
            ]
        );
    }

    #[test]
    fn hard_wrapped_paragraphs() {
        let text = "Liver Regeneration\n\n\
                    The liver can regrow after injury. Hepatocytes re-enter the cell\n\
                    cycle and divide, restoring the mass of the organ within weeks in\n\
                    most animal models of partial hepatectomy.\n\n\
                    Stem cells contribute when hepatocytes cannot divide. They are\n\
                    found near the portal tracts.\n";
        assert_eq!(
            blocks(text),
            vec![
                b(H, "Liver Regeneration"),
                b(
                    P,
                    "The liver can regrow after injury. Hepatocytes re-enter the cell cycle and divide, restoring the mass of the organ within weeks in most animal models of partial hepatectomy."
                ),
                b(
                    P,
                    "Stem cells contribute when hepatocytes cannot divide. They are found near the portal tracts."
                ),
            ]
        );
    }

    #[test]
    fn wrapped_first_line_is_not_a_title() {
        let text = "Liver cirrhosis is a late-stage liver disease characterized by irreversible\n\
                    scarring and impaired liver function. It has many causes, including\n\
                    alcohol and viral hepatitis.";
        assert_eq!(blocks(text).len(), 1);
        assert_eq!(blocks(text)[0].0, P);
    }

    #[test]
    fn hyphenated_line_ends_are_joined() {
        let text = "Stem cells support liver regen-\neration in animal models.";
        assert_eq!(
            blocks(text),
            vec![b(
                P,
                "Stem cells support liver regeneration in animal models."
            )]
        );
    }

    #[test]
    fn markdown_like_and_underlined_headings() {
        let text = "# Stem Cells\n\nStem cells can divide.\n\nSources\n-------\n\nBone marrow is a rich source.\n\n## Uses ##\nThey treat disease.";
        assert_eq!(
            blocks(text),
            vec![
                b(H, "Stem Cells"),
                b(P, "Stem cells can divide."),
                b(H, "Sources"),
                b(P, "Bone marrow is a rich source."),
                b(H, "Uses"),
                b(P, "They treat disease."),
            ]
        );
    }

    #[test]
    fn list_items() {
        let text = "Sources of stem cells:\n- bone marrow\n* adipose tissue, which is\n  easy to harvest\n• umbilical cord blood\n1. first\n2) second\na) third\n(b) fourth\nAfter the list.";
        assert_eq!(
            blocks(text),
            vec![
                b(P, "Sources of stem cells:"),
                b(L, "bone marrow"),
                b(L, "adipose tissue, which is easy to harvest"),
                b(L, "umbilical cord blood"),
                b(L, "first"),
                b(L, "second"),
                b(L, "third"),
                b(L, "fourth"),
                b(P, "After the list."),
            ]
        );
    }

    #[test]
    fn heading_before_a_list() {
        let text = "Key Points\n- Stem cells divide.\n- They differentiate.";
        assert_eq!(
            blocks(text),
            vec![
                b(H, "Key Points"),
                b(L, "Stem cells divide."),
                b(L, "They differentiate."),
            ]
        );
    }

    #[test]
    fn captions_and_page_numbers_are_paragraphs() {
        let text = "Liver Anatomy\nThe liver has four lobes and a dual blood supply from two vessels.\nFigure 2 Liver lobules under the microscope\nThe lobule is the functional unit of the liver tissue in mammals.\n12\nThe end of the chapter is here.";
        assert_eq!(
            blocks(text),
            vec![
                b(H, "Liver Anatomy"),
                b(
                    P,
                    "The liver has four lobes and a dual blood supply from two vessels."
                ),
                b(P, "Figure 2 Liver lobules under the microscope"),
                b(
                    P,
                    "The lobule is the functional unit of the liver tissue in mammals."
                ),
                b(P, "12"),
                b(P, "The end of the chapter is here."),
            ]
        );
    }

    #[test]
    fn paragraph_cut_by_a_blank_line_is_merged() {
        let text = "The liver is an organ that\n\nregulates metabolism.";
        assert_eq!(
            blocks(text),
            vec![b(P, "The liver is an organ that regulates metabolism.")]
        );
    }

    #[test]
    fn crlf_and_missing_final_newline() {
        let text = "Title Here\r\nA first paragraph that is longer than the title.\r\n\r\nSecond paragraph.";
        assert_eq!(
            blocks(text),
            vec![
                b(H, "Title Here"),
                b(P, "A first paragraph that is longer than the title."),
                b(P, "Second paragraph."),
            ]
        );
    }

    #[test]
    fn pdf_page_furniture_is_dropped() {
        let text = "Stem Cells\n\nStem cells are cells that can divide and differentiate into many\n\
                    different cell types found in the body of adult mammals.\n\n\
                    Journal of Liver Studies 12\n\n3\n\n\
                    They are found in bone marrow and fat. They are also found in the\n\n\
                    Journal of Liver Studies 13\n\n4\n\n\
                    umbilical cord blood of newborn children.\n\nJournal of Liver Studies 14\n\nv\n";
        let got: Vec<_> = text_blocks(text, Layout::Pdf)
            .into_iter()
            .map(|b| (b.kind, b.text))
            .collect();
        assert_eq!(
            got,
            vec![
                b(H, "Stem Cells"),
                b(
                    P,
                    "Stem cells are cells that can divide and differentiate into many different cell types found in the body of adult mammals."
                ),
                b(
                    P,
                    "They are found in bone marrow and fat. They are also found in the umbilical cord blood of newborn children."
                ),
            ]
        );
    }

    #[test]
    fn decode_handles_boms_and_reports_lines() {
        assert_eq!(decode_text("a.txt", b"\xEF\xBB\xBFhello").unwrap(), "hello");
        let utf16le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Hé".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode_text("a.txt", &utf16le).unwrap(), "Hé");
        let utf16be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Hé".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode_text("a.txt", &utf16be).unwrap(), "Hé");
        match decode_text("a.txt", b"one\r\ntwo\rthree \xFF") {
            Err(ExtractError::InvalidUtf8 { line, offset, .. }) => {
                assert_eq!((line, offset), (3, 15));
            }
            other => panic!("unexpected {other:?}"),
        }
        assert!(matches!(
            decode_text("a.txt", b"abc\x01\x02\x03\x04"),
            Err(ExtractError::Binary { .. })
        ));
    }

    #[test]
    fn list_markers() {
        assert_eq!(list_item("- a"), Some("a"));
        assert_eq!(list_item("-5 °C is cold"), None);
        assert_eq!(list_item("2001. A year"), None);
        assert_eq!(list_item("12. Twelve"), Some("Twelve"));
        assert_eq!(list_item("iv) four"), Some("four"));
        assert_eq!(list_item("J. Smith wrote"), None);
        assert_eq!(list_item("(see below)"), None);
        assert_eq!(list_item("-"), None);
    }

    #[test]
    fn page_numbers() {
        for s in [
            "12",
            "- 12 -",
            "Page 3",
            "page 3 of 10",
            "3/10",
            "— 7 —",
            "PAGE 1234   of      5678",
            "---------- [ p. 9999 / 9999 ] ----------",
        ] {
            assert!(is_page_number(s, Layout::Text), "{s}");
        }
        assert!(is_page_number("-- xxviii --", Layout::Pdf));
        assert!(!is_page_number(&"1".repeat(17), Layout::Text));
        for s in ["12 cells", "2001 was a year", "Page one", "iv"] {
            assert!(!is_page_number(s, Layout::Text), "{s}");
        }
        assert!(is_page_number("iv", Layout::Pdf));
    }

    #[test]
    fn error_messages_name_the_file() {
        let errors = [
            ExtractError::UnknownExtension {
                file: "a.docx".into(),
                extension: "docx".into(),
            },
            ExtractError::UnknownExtension {
                file: "README".into(),
                extension: String::new(),
            },
            ExtractError::Empty {
                file: "a.txt".into(),
            },
            ExtractError::Binary {
                file: "a.txt".into(),
            },
            ExtractError::InvalidUtf8 {
                file: "a.txt".into(),
                line: 3,
                offset: 9,
            },
            ExtractError::NoTextLayer {
                file: "a.pdf".into(),
            },
            ExtractError::Pdf {
                file: "a.pdf".into(),
                reason: "broken".into(),
            },
            ExtractError::TooLarge {
                file: "a.pdf".into(),
                bytes: MAX_FILE_BYTES + 1,
                limit: MAX_FILE_BYTES,
            },
            ExtractError::TooLarge {
                file: "a.pdf".into(),
                bytes: 9 << 20,
                limit: MAX_TEXT_BYTES as u64,
            },
        ];
        for e in &errors {
            let message = e.to_string();
            assert!(
                message.contains("\"a.") || message.contains("\"README\""),
                "{message}"
            );
        }
        assert!(errors[0].to_string().contains(".txt"));
        assert!(errors[4].to_string().contains("line 3"));
        assert!(errors[7].to_string().contains("too large"));
        assert!(errors[7].to_string().contains("32.1 MB"), "{}", errors[7]);
        assert!(errors[8].to_string().contains("too much text for one deck"));
    }

    #[test]
    fn html_nesting_is_limited() {
        let normal = "<html><body><div><ul><li>a<li>b</ul><svg><path d='x'/><path/></svg>\
                      <script>if (a<b) {}</script><p>c</div></body></html>";
        assert_eq!(limit_html_nesting(normal), normal);
        let deep = "<div>".repeat(10_000) + "text" + &"</div>".repeat(10_000);
        let limited = limit_html_nesting(&deep);
        assert_eq!(limited.matches("<div>").count(), MAX_HTML_DEPTH);
        assert_eq!(limited.matches("</div>").count(), MAX_HTML_DEPTH);
        let blocks = html_blocks(&("<div>".repeat(10_000) + "Deep text.")).unwrap();
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].text, "Deep text.");
    }

    #[test]
    fn silenced_panics_become_errors_and_the_hook_is_restored() {
        assert_eq!(catch_panic_silently(|| 7), Ok(7));
        assert_eq!(catch_panic_silently(|| -> i32 { panic!("boom") }), Err(()));
    }
}
