//! The factdeck command line: generate decks from documents, list them, study them in the
//! terminal, and report and export progress.

mod cli;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use factdeck::deck::{Deck, library};
use factdeck::import::{io_reason, read_document};

/// mimalloc rather than the system allocator: the generator makes ~700,000 small allocations per
/// megabyte of text, and mimalloc turns a megabyte into a deck ~10% faster (README, "Speed and
/// memory"; the benchmark uses the same allocator).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// factdeck: turns documents into flashcard decks.
#[derive(Debug, Parser)]
#[command(name = "factdeck", version, about, long_about = None)]
struct Cli {
    /// The data folder (your own decks live in its `decks` folder); defaults to the platform's
    /// data folder.
    #[arg(long, global = true, env = "FACTDECK_DATA_DIR", value_name = "DIR")]
    data_dir: Option<PathBuf>,

    /// Fix the clock (for tests and scripts), e.g. 2026-03-10T09:00:00Z.
    #[arg(long, global = true, value_name = "RFC3339")]
    now: Option<jiff::Timestamp>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Generate a deck from documents (.txt, .md, .html, .pdf); several documents make one deck.
    Generate {
        /// The documents.
        #[arg(required = true, value_name = "DOC")]
        docs: Vec<PathBuf>,
        /// Where to write the deck file (`-` for standard output). Without it, the deck is saved
        /// in the decks folder of the data folder.
        #[arg(short, long, value_name = "DECK.toml")]
        output: Option<PathBuf>,
        /// The deck title (default: the first heading, or the file name).
        #[arg(long, value_name = "T")]
        title: Option<String>,
        /// Print the deck as one JSON object instead of saving it (to the `-o` file if given).
        #[arg(long)]
        json: bool,
        /// Overwrite a deck file that already exists.
        #[arg(long)]
        force: bool,
    },
    /// List the decks factdeck knows (shipped and your own), with card counts.
    Decks {
        /// Print the list as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Study a deck in the terminal: Enter shows the answer, then grade it 1-4.
    Study {
        /// The deck: its id, its title, or a path to a deck file.
        deck: String,
        /// Who is studying (made if new; default: the default learner).
        #[arg(long, default_value = "")]
        learner: String,
    },
    /// Progress per deck and learner: new, learning, due today, total, reviews today, retention.
    Stats {
        /// One deck (id, title or path); default: every deck.
        deck: Option<String>,
        /// Print JSON (with every statistic of the statistics screen under `statistics`).
        #[arg(long)]
        json: bool,
        /// Days of forecast and history in the JSON (the screen offers 30, 90 and 365).
        #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=3650))]
        days: u32,
    },
    /// Write a learner's review log as CSV, the form the FSRS optimizer reads (`-` for stdout).
    ExportLog {
        /// Whose log (default: the default learner).
        #[arg(long, default_value = "")]
        learner: String,
        /// The CSV file to write.
        #[arg(value_name = "FILE.csv")]
        file: PathBuf,
    },
    /// Open the window on a preview of the deck made from these documents, to edit and save
    /// (what dropping them onto the window does).
    Import {
        /// The documents (.txt, .md, .html, .pdf); several make one deck.
        #[arg(required = true, value_name = "DOC")]
        docs: Vec<PathBuf>,
    },
    /// Fit FSRS parameters to a learner's own history (kept for their studying from then on).
    Optimize {
        /// Whose history (default: the default learner).
        #[arg(long, default_value = "")]
        learner: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("factdeck: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    let data_dir = cli.data_dir.clone().or_else(library::default_data_dir);
    match cli.command {
        Some(Command::Generate {
            docs,
            output,
            title,
            json,
            force,
        }) => cmd_generate(&docs, output, title, json, force, data_dir.as_deref()),
        Some(Command::Decks { json }) => cmd_decks(data_dir.as_deref(), json),
        Some(Command::Study { deck, learner }) => {
            let dir = need_data_dir(data_dir.as_deref())?;
            let stdin = std::io::stdin();
            let mut input = stdin.lock();
            let mut out = std::io::stdout();
            cli::study(dir, &deck, &learner, cli.now, &mut input, &mut out)
        }
        Some(Command::Stats { deck, json, days }) => cli::stats(
            need_data_dir(data_dir.as_deref())?,
            deck.as_deref(),
            json,
            days,
            cli.now,
        ),
        Some(Command::ExportLog { learner, file }) => cli::export_log(
            need_data_dir(data_dir.as_deref())?,
            &learner,
            &file,
            cli.now,
        ),
        Some(Command::Optimize { learner }) => {
            cli::optimize(need_data_dir(data_dir.as_deref())?, &learner, cli.now)
        }
        Some(Command::Import { docs }) => {
            factdeck::app::run(need_data_dir(data_dir.as_deref())?, docs)
        }
        None => factdeck::app::run(need_data_dir(data_dir.as_deref())?, Vec::new()),
    }
}

/// The data folder, or an error saying how to give one.
fn need_data_dir(data_dir: Option<&Path>) -> Result<&Path, String> {
    data_dir.ok_or_else(|| "no data folder on this system: give --data-dir DIR".to_owned())
}

fn cmd_generate(
    docs: &[PathBuf],
    output: Option<PathBuf>,
    title: Option<String>,
    json: bool,
    force: bool,
    data_dir: Option<&Path>,
) -> Result<(), String> {
    let mut contents = Vec::with_capacity(docs.len());
    for path in docs {
        contents.push((path.display().to_string(), read_document(path)?));
    }
    let deck = factdeck::import::generate_from(&contents, title).map_err(|e| e.to_string())?;
    if json {
        let text = serde_json::to_string_pretty(&deck_json(&deck)).map_err(|e| e.to_string())?;
        match output.filter(|p| p.as_os_str() != "-") {
            Some(path) => std::fs::write(&path, text + "\n")
                .map_err(|e| format!("{}: cannot write: {}", path.display(), io_reason(&e)))?,
            None => println!("{text}"),
        }
        return Ok(());
    }
    let path = match output {
        Some(p) if p.as_os_str() == "-" => {
            print!("{}", deck.to_toml());
            return Ok(());
        }
        Some(p) => p,
        None => {
            let dir = data_dir
                .map(library::user_decks_dir)
                .ok_or("no data folder on this system: give --data-dir DIR or -o DECK.toml")?;
            std::fs::create_dir_all(&dir)
                .map_err(|e| format!("{}: cannot create the decks folder: {e}", dir.display()))?;
            dir.join(format!("{}.toml", deck.id))
        }
    };
    if path.exists() && !force {
        return Err(format!(
            "{}: already exists (give --force to overwrite it, or -o to choose another file)",
            path.display()
        ));
    }
    deck.save(&path).map_err(|e| e.to_string())?;
    eprintln!(
        "Wrote \"{}\": {} cards to {}",
        deck.title,
        deck.cards.len(),
        path.display()
    );
    Ok(())
}

/// The `--json` shape of a deck: a contract other tools read.
fn deck_json(deck: &Deck) -> serde_json::Value {
    let cards: Vec<serde_json::Value> = deck
        .cards
        .iter()
        .map(|c| {
            let mut obj = serde_json::json!({
                "id": c.id.0,
                "kind": c.kind.as_str(),
                "prompt": c.learner_prompt(),
                "answer": c.answer,
                "source": c.source,
            });
            let choices = c.choices();
            if !choices.is_empty()
                && let Some(map) = obj.as_object_mut()
            {
                map.insert("choices".into(), serde_json::json!(choices));
            }
            obj
        })
        .collect();
    serde_json::json!({ "title": deck.title, "cards": cards })
}

fn cmd_decks(data_dir: Option<&Path>, json: bool) -> Result<(), String> {
    let entries = match data_dir {
        Some(dir) => library::list(dir),
        None => library::shipped(),
    };
    if json {
        let list: Vec<serde_json::Value> = entries
            .iter()
            .map(|e| match &e.deck {
                Ok(d) => serde_json::json!({
                    "id": d.id, "title": d.title, "cards": d.cards.len(), "origin": e.origin.describe(),
                }),
                Err(err) => serde_json::json!({ "origin": e.origin.describe(), "error": err.to_string() }),
            })
            .collect();
        let text = serde_json::to_string_pretty(&list).map_err(|e| e.to_string())?;
        println!("{text}");
        return Ok(());
    }
    println!("{:<44} {:>5}  {:<8}  ID", "DECK", "CARDS", "FROM");
    for e in &entries {
        let from = match e.origin {
            library::Origin::Shipped(_) => "shipped",
            library::Origin::User(_) => "yours",
        };
        match &e.deck {
            Ok(d) => println!(
                "{:<44} {:>5}  {from:<8}  {}",
                ellipsize(&d.title, 44),
                d.cards.len(),
                d.id
            ),
            Err(err) => println!(
                "{:<44} {:>5}  {from:<8}  error: {err}",
                ellipsize(&e.origin.describe(), 44),
                "-"
            ),
        }
    }
    if let Some(dir) = data_dir {
        println!(
            "\nYour decks folder: {}",
            library::user_decks_dir(dir).display()
        );
    }
    Ok(())
}

/// Cuts text to at most `max` characters, ending with an ellipsis when cut.
fn ellipsize(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}
