//! The command line's progress commands: `study` in the terminal, `stats`, `export-log` and
//! `optimize`. Each opens the store in the data folder, says what recovery did if the database
//! was damaged, and reads the clock once (or takes `--now`).

use std::io::{BufRead, Write};
use std::path::Path;
use std::time::Instant;

use factdeck::deck::{CardKind, Deck, library};
use factdeck::schedule::optimize::{self, Fit};
use factdeck::schedule::{DayClock, Grade, format_interval};
use factdeck::stats;
use factdeck::store::{self, Store};
use factdeck::study::Session;
use jiff::Timestamp;
use jiff::tz::TimeZone;

/// The clock: `--now` when given, else the system's.
pub fn now(fixed: Option<Timestamp>) -> Timestamp {
    fixed.unwrap_or_else(Timestamp::now)
}

/// Opens the store, telling the learner on standard error if it had to be recovered.
pub fn open_store(data_dir: &Path, now: Timestamp) -> Result<Store, String> {
    let opened = Store::open(data_dir, now).map_err(|e| e.to_string())?;
    if let Some(recovery) = &opened.recovery {
        eprintln!("factdeck: {}", recovery.message());
    }
    Ok(opened.store)
}

/// The learner's day clock: the store's rollover hour in the system's time zone.
pub fn day_clock(store: &Store) -> Result<DayClock, String> {
    let hour = store.rollover_hour().map_err(|e| e.to_string())?;
    Ok(DayClock::new(hour, TimeZone::system()))
}

/// Finds a deck by id, title or path to a deck file.
pub fn find_deck(data_dir: &Path, key: &str) -> Result<Deck, String> {
    match library::find(data_dir, key) {
        Some(Ok(deck)) => Ok(deck),
        Some(Err(e)) => Err(e.to_string()),
        None => Err(format!(
            "no deck {key:?}: give a deck's id or title (see `factdeck decks`) or a path to a .toml deck file"
        )),
    }
}

/// What a line of input asked for while studying.
enum Reply {
    Grade(Grade),
    Undo,
    Quit,
    Other(String),
}

fn reply(line: &str) -> Reply {
    let text = line.trim();
    match text.to_ascii_lowercase().as_str() {
        "u" | "undo" => Reply::Undo,
        "q" | "quit" => Reply::Quit,
        _ => match Grade::parse(text) {
            Some(g) => Reply::Grade(g),
            None => Reply::Other(text.to_owned()),
        },
    }
}

/// `factdeck study DECK`: prompt, Enter, answer with the four previews, grade, commit, next;
/// until the day's queue is empty or input ends.
pub fn study(
    data_dir: &Path,
    deck_key: &str,
    learner: &str,
    fixed_now: Option<Timestamp>,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> Result<(), String> {
    let deck = find_deck(data_dir, deck_key)?;
    let start = now(fixed_now);
    let mut store = open_store(data_dir, start)?;
    let clock = day_clock(&store)?;
    let mut session =
        Session::start(&mut store, deck, learner, clock, start).map_err(|e| e.to_string())?;
    let w = |e: std::io::Error| e.to_string();
    let counts = session.counts();
    writeln!(
        out,
        "Studying \"{}\" as {}: {} new, {} learning, {} to review today.",
        session.deck().title,
        session.learner().name,
        counts.new,
        counts.learning,
        counts.review
    )
    .map_err(w)?;
    let mut graded = 0u32;
    let mut line = String::new();
    let read = |input: &mut dyn BufRead, line: &mut String| -> Result<bool, String> {
        line.clear();
        Ok(input.read_line(line).map_err(|e| e.to_string())? > 0)
    };
    'cards: loop {
        let at = now(fixed_now);
        let Some(current) = session.current(at) else {
            break;
        };
        let card = current.card;
        let counts = session.counts();
        writeln!(
            out,
            "\n[{} new · {} learning · {} review]  ({})",
            counts.new,
            counts.learning,
            counts.review,
            current.progress.state_name()
        )
        .map_err(w)?;
        writeln!(out, "Q: {}", card.learner_prompt()).map_err(w)?;
        if card.kind == CardKind::Choice {
            for (i, choice) in card.choices().iter().enumerate() {
                let letter = char::from(b'A' + u8::try_from(i % 26).unwrap_or(0));
                writeln!(out, "   {letter}) {choice}").map_err(w)?;
            }
        }
        write!(
            out,
            "(Enter shows the answer; u undoes the last grade, q quits) "
        )
        .map_err(w)?;
        out.flush().map_err(w)?;
        let shown = Instant::now();
        if !read(input, &mut line)? {
            break;
        }
        match reply(&line) {
            Reply::Quit => break,
            Reply::Undo => {
                undo(&mut session, &mut store, fixed_now, out)?;
                graded = graded.saturating_sub(1);
                continue;
            }
            _ => {}
        }
        writeln!(out, "A: {}", card.answer).map_err(w)?;
        let previews: Vec<String> = Grade::ALL
            .iter()
            .map(|g| {
                format!(
                    "{} {} {}",
                    g.rating(),
                    g.label(),
                    format_interval(current.choices.get(*g).interval)
                )
            })
            .collect();
        writeln!(out, "   {}", previews.join("   ")).map_err(w)?;
        let grade = loop {
            write!(out, "Grade (1-4 or again/hard/good/easy): ").map_err(w)?;
            out.flush().map_err(w)?;
            if !read(input, &mut line)? {
                break 'cards;
            }
            match reply(&line) {
                Reply::Grade(g) => break g,
                Reply::Quit => break 'cards,
                Reply::Undo => {
                    undo(&mut session, &mut store, fixed_now, out)?;
                    graded = graded.saturating_sub(1);
                    continue 'cards;
                }
                Reply::Other(text) => {
                    writeln!(out, "{text:?} is not a grade.").map_err(w)?;
                }
            }
        };
        let duration = u32::try_from(shown.elapsed().as_millis()).unwrap_or(u32::MAX);
        let at = now(fixed_now);
        let done = session
            .grade(&mut store, grade, at, duration)
            .map_err(|e| e.to_string())?;
        if let Some(done) = done {
            graded += 1;
            writeln!(
                out,
                "{}: next in {}.",
                grade.label(),
                format_interval(done.outcome.interval)
            )
            .map_err(w)?;
            if done.outcome.became_leech {
                writeln!(
                    out,
                    "This card has been forgotten {} times: it is marked a leech and suspended. \
                     Consider rewording it in the deck file.",
                    done.outcome.progress.lapses
                )
                .map_err(w)?;
            }
        }
        if let Err(e) = store.backup_if_due(at) {
            eprintln!("factdeck: backup failed: {e}");
        }
    }
    let end = now(fixed_now);
    let counts = session.counts();
    writeln!(out).map_err(w)?;
    if counts.total() == 0 {
        writeln!(out, "Done for today: {graded} grades saved.").map_err(w)?;
    } else if let (Some(due), None) = (session.next_due(), session.current(end)) {
        let local = due.to_zoned(session.scheduler().clock().tz.clone());
        writeln!(
            out,
            "{graded} grades saved. Learning cards come back at {}.",
            local.strftime("%H:%M")
        )
        .map_err(w)?;
    } else {
        writeln!(
            out,
            "{graded} grades saved; {} cards left for today.",
            counts.total()
        )
        .map_err(w)?;
    }
    if graded > 0
        && let Err(e) = store.backup_now(end)
    {
        eprintln!("factdeck: backup failed: {e}");
    }
    Ok(())
}

fn undo(
    session: &mut Session,
    store: &mut Store,
    fixed_now: Option<Timestamp>,
    out: &mut dyn Write,
) -> Result<(), String> {
    let undone = session
        .undo(store, now(fixed_now))
        .map_err(|e| e.to_string())?;
    let text = match undone {
        Some(u) => format!(
            "Undone: {} on \"{}\"",
            u.review.grade.label(),
            session
                .deck()
                .card(&u.review.card)
                .map_or(u.review.card.0.clone(), |c| c.learner_prompt())
        ),
        None => "Nothing to undo.".to_owned(),
    };
    writeln!(out, "{text}").map_err(|e| e.to_string())
}

/// `factdeck stats [DECK] [--json] [--days N]`.
pub fn stats(
    data_dir: &Path,
    deck_key: Option<&str>,
    json: bool,
    days: u32,
    fixed_now: Option<Timestamp>,
) -> Result<(), String> {
    let decks: Vec<Deck> = match deck_key {
        Some(key) => vec![find_deck(data_dir, key)?],
        None => library::list(data_dir)
            .into_iter()
            .filter_map(|e| e.deck.ok())
            .collect(),
    };
    let at = now(fixed_now);
    let mut store = open_store(data_dir, at)?;
    let clock = day_clock(&store)?;
    let e = |e: store::StoreError| e.to_string();
    let mut learners = store.learners().map_err(e)?;
    if learners.is_empty() {
        learners.push(store.learner("", at).map_err(e)?);
    }
    let mut rows = Vec::new();
    for deck in &decks {
        store.sync_deck(deck).map_err(e)?;
        for learner in &learners {
            // A learner who never studied a deck is listed only when asked about that deck.
            if deck_key.is_none()
                && learners.len() > 1
                && !store.has_reviews(learner.id, &deck.id).map_err(e)?
            {
                continue;
            }
            rows.push((
                deck.title.clone(),
                store.deck_stats(learner, &deck.id, &clock, at).map_err(e)?,
            ));
        }
    }
    if json {
        // The model's fit is the learner's (all decks), measured once per learner.
        let mut quality: Vec<(String, serde_json::Value)> = Vec::new();
        let mut list = Vec::with_capacity(rows.len());
        for (title, s) in &rows {
            let Some(learner) = learners.iter().find(|l| l.name == s.learner) else {
                continue;
            };
            let input = store
                .stats_input(learner, std::slice::from_ref(&s.deck), at)
                .map_err(e)?;
            let figures = stats::compute(&input, &clock, at, days);
            if !quality.iter().any(|(name, _)| *name == learner.name) {
                let events = store.review_events(learner.id).map_err(e)?;
                let measured =
                    stats::model::quality(&events, &clock, &learner.parameters, |_, _| true)
                        .map_err(|e| e.to_string())?;
                quality.push((
                    learner.name.clone(),
                    serde_json::to_value(measured).unwrap_or_default(),
                ));
            }
            let mut v = serde_json::to_value(s).unwrap_or_default();
            if let Some(map) = v.as_object_mut() {
                map.insert("title".into(), serde_json::json!(title));
                map.insert(
                    "statistics".into(),
                    serde_json::to_value(&figures).unwrap_or_default(),
                );
                if let Some((_, q)) = quality.iter().find(|(name, _)| *name == learner.name) {
                    map.insert("model_quality".into(), q.clone());
                }
            }
            list.push(v);
        }
        let text = serde_json::to_string_pretty(&list).map_err(|e| e.to_string())?;
        println!("{text}");
        return Ok(());
    }
    println!(
        "{:<36} {:<12} {:>5} {:>8} {:>9} {:>5} {:>7} {:>10}",
        "DECK", "LEARNER", "NEW", "LEARNING", "DUE TODAY", "TOTAL", "TODAY", "RETAINED"
    );
    for (title, s) in &rows {
        let retention = s.retention_30d.map_or("-".to_owned(), |r| {
            format!("{:.0}% of {}", r * 100.0, s.retention_reviews_30d)
        });
        println!(
            "{:<36} {:<12} {:>5} {:>8} {:>9} {:>5} {:>7} {:>10}",
            crate::ellipsize(title, 36),
            crate::ellipsize(&s.learner, 12),
            s.new,
            s.learning,
            s.due_today,
            s.total,
            s.reviews_today,
            retention
        );
    }
    println!("\nRETAINED: reviews of learned cards recalled over the last 30 days.");
    Ok(())
}

/// `factdeck export-log [--learner NAME] FILE.csv`.
pub fn export_log(
    data_dir: &Path,
    learner: &str,
    file: &Path,
    fixed_now: Option<Timestamp>,
) -> Result<(), String> {
    let at = now(fixed_now);
    let store = open_store(data_dir, at)?;
    let name = if learner.trim().is_empty() {
        store::DEFAULT_LEARNER
    } else {
        learner.trim()
    };
    let learner = store
        .find_learner(name)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no learner named {name:?}"))?;
    let mut buffer = Vec::new();
    let n = store
        .export_log(learner.id, &mut buffer)
        .map_err(|e| e.to_string())?;
    if file.as_os_str() == "-" {
        std::io::stdout()
            .write_all(&buffer)
            .map_err(|e| e.to_string())?;
    } else {
        std::fs::write(file, &buffer)
            .map_err(|e| format!("{}: cannot write: {e}", file.display()))?;
        eprintln!(
            "Wrote {n} reviews of {} to {}",
            learner.name,
            file.display()
        );
    }
    Ok(())
}

/// `factdeck optimize [--learner NAME]`: fits FSRS parameters to the learner's history.
pub fn optimize(
    data_dir: &Path,
    learner: &str,
    fixed_now: Option<Timestamp>,
) -> Result<(), String> {
    let at = now(fixed_now);
    let mut store = open_store(data_dir, at)?;
    let clock = day_clock(&store)?;
    let learner = store.learner(learner, at).map_err(|e| e.to_string())?;
    let events = store.review_events(learner.id).map_err(|e| e.to_string())?;
    match optimize::fit(&events, &clock).map_err(|e| e.to_string())? {
        Fit::TooLittle { reviews, needed } => {
            println!(
                "{}: {reviews} reviews on later days so far; {needed} are needed to fit parameters. \
                 Keeping FSRS's default parameters.",
                learner.name
            );
        }
        Fit::Fitted {
            parameters,
            reviews,
        } => {
            let count = u32::try_from(reviews).unwrap_or(u32::MAX);
            store
                .save_fit(learner.id, &parameters, count, at)
                .map_err(|e| e.to_string())?;
            let shown: Vec<String> = parameters.iter().map(|p| format!("{p:.4}")).collect();
            println!(
                "{}: fitted FSRS parameters to {reviews} reviews; studying now uses them.\n{}",
                learner.name,
                shown.join(", ")
            );
        }
    }
    Ok(())
}
