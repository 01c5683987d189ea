//! Statistics: for the current learner, over all decks or one, what is coming (forecast), what
//! was done (history, calendar heatmap, streaks), how well it is remembered (true retention),
//! where the cards stand (counts, stability, difficulty) and the memory model, with a Refit.
//!
//! Every figure comes from [`crate::stats`]; this screen only draws it. The figures are computed
//! on another thread (a second connection to the store) when the screen opens or its deck,
//! range or learner change, never per frame; so is the model's measure and the refit.

use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use eframe::egui::{self, Color32, RichText};
use egui_plot::{Bar, BarChart, Legend, Plot};
use jiff::Timestamp;

use super::fit::FitJob;
use super::{Action, DeckRow};
use crate::schedule::DayClock;
use crate::schedule::optimize;
use crate::stats::model::Quality;
use crate::stats::{self, Bucket, Passed, Statistics};
use crate::store::{Learner, Store};

/// What the figures were computed for: deck (`None`: all), range, learner and model.
type Inputs = (Option<String>, u32, i64, u32, usize);
/// What the counting worker sends: what it read and the figures.
type Computed = Result<(Arc<stats::Input>, Arc<Statistics>), String>;
/// The model's measure, as the worker sends it.
type Measured = Result<Option<Quality>, String>;

/// The statistics screen's state.
pub struct StatsView {
    /// The deck shown (`None`: all decks).
    deck: Option<String>,
    /// Days of forecast and history: 30, 90 or 365.
    range: u32,
    /// What `figures` (or the computation under way) was computed for.
    inputs: Option<Inputs>,
    figures: Option<Result<Arc<Statistics>, String>>,
    computing: Option<Receiver<Computed>>,
    /// What the figures were computed from, and for which inputs (the range aside): a new
    /// range is counted again from it without reading the store.
    read: Option<(Inputs, Arc<stats::Input>)>,
    /// The model's measure on the learner's history, and its computation.
    quality: Option<Result<Option<Quality>, String>>,
    measuring: Option<(Receiver<Measured>, Arc<Progress>)>,
    /// The refit under way, and its progress.
    refitting: Option<FitJob>,
    /// What the last refit did.
    status: Option<String>,
}

/// Progress of a background measure: done and total, as the worker reports them.
#[derive(Default)]
struct Progress(Mutex<(usize, usize)>);

impl StatsView {
    /// The screen on one deck (`None`: all decks).
    pub fn new(deck: Option<String>) -> StatsView {
        StatsView {
            deck,
            range: 30,
            inputs: None,
            figures: None,
            computing: None,
            read: None,
            quality: None,
            measuring: None,
            refitting: None,
            status: None,
        }
    }
}

/// What the screen works on, lent by the app for one frame.
pub struct Context<'a> {
    pub store: &'a mut Store,
    pub learner: Option<&'a Learner>,
    pub rows: &'a [DeckRow],
    pub clock: &'a DayClock,
    pub now: Timestamp,
}

/// Okabe-Ito colours, readable by colour-blind viewers, lighter on a dark background.
struct Palette {
    review: Color32,
    learning: Color32,
    again: Color32,
    hard: Color32,
    good: Color32,
    easy: Color32,
    time: Color32,
    /// The heatmap's colour for the busiest day.
    heat: Color32,
    /// A day without reviews.
    empty: Color32,
}

impl Palette {
    fn of(visuals: &egui::Visuals) -> Palette {
        let orange = Color32::from_rgb(0xE6, 0x9F, 0x00);
        let vermillion = Color32::from_rgb(0xD5, 0x5E, 0x00);
        let green = Color32::from_rgb(0x00, 0x9E, 0x73);
        let sky = Color32::from_rgb(0x56, 0xB4, 0xE9);
        let blue = Color32::from_rgb(0x00, 0x72, 0xB2);
        let purple = Color32::from_rgb(0xCC, 0x79, 0xA7);
        if visuals.dark_mode {
            Palette {
                review: sky,
                learning: orange,
                again: vermillion,
                hard: orange,
                good: green,
                easy: sky,
                time: purple,
                heat: sky,
                empty: Color32::from_gray(60),
            }
        } else {
            Palette {
                review: blue,
                learning: orange,
                again: vermillion,
                hard: orange,
                good: green,
                easy: blue,
                time: purple,
                heat: blue,
                empty: Color32::from_gray(225),
            }
        }
    }
}

impl StatsView {
    /// Draws the screen.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        cx: Context<'_>,
        actions: &mut Vec<Action>,
        notices: &mut Vec<String>,
    ) {
        if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            actions.push(Action::Home);
        }
        let Some(learner) = cx.learner else {
            ui.label("No learner is chosen: pick one on the deck list.");
            return;
        };
        self.poll(ui.ctx(), cx.store, learner, cx.now, actions, notices);
        let decks: Vec<&DeckRow> = cx.rows.iter().filter(|r| r.error.is_none()).collect();
        if self
            .deck
            .as_ref()
            .is_some_and(|id| !decks.iter().any(|r| r.id == *id))
        {
            self.deck = None;
        }
        let inputs: Inputs = (
            self.deck.clone(),
            self.range,
            learner.id,
            learner.parameters_reviews,
            learner.parameters.len(),
        );
        if self.inputs.as_ref() != Some(&inputs) {
            let model_changed = self
                .inputs
                .as_ref()
                .is_none_or(|old| (old.2, old.3, old.4) != (inputs.2, inputs.3, inputs.4));
            let ids: Vec<String> = match &self.deck {
                Some(id) => vec![id.clone()],
                None => decks.iter().map(|r| r.id.clone()).collect(),
            };
            self.start_compute(ui.ctx(), cx.store, learner, ids, &inputs, cx.clock, cx.now);
            if model_changed {
                self.start_measure(ui.ctx(), cx.store, learner, cx.clock);
            }
            self.inputs = Some(inputs);
        }
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.heading(format!("Statistics for {}", learner.name));
                self.controls_ui(ui, &decks);
                ui.add_space(6.0);
                match &self.figures {
                    None => {
                        ui.horizontal(|ui| {
                            ui.add(egui::Spinner::new());
                            ui.label("Counting...");
                        });
                    }
                    Some(Err(e)) => {
                        ui.colored_label(
                            ui.visuals().error_fg_color,
                            format!("The statistics cannot be read: {e}"),
                        );
                    }
                    Some(Ok(s)) => {
                        let s = Arc::clone(s);
                        let palette = Palette::of(ui.visuals());
                        if self.computing.is_some() {
                            ui.horizontal(|ui| {
                                ui.add(egui::Spinner::new());
                                ui.weak("Counting again...");
                            });
                        }
                        summary_ui(ui, &s);
                        forecast_ui(ui, &s, &palette);
                        history_ui(ui, &s, &palette);
                        calendar_ui(ui, &s, &palette);
                        retention_ui(ui, &s);
                        cards_ui(ui, &s, &palette);
                        self.model_ui(ui, &s, cx.store, learner, cx.clock, notices);
                    }
                }
                ui.add_space(12.0);
                if ui.button("Back to decks").clicked() {
                    actions.push(Action::Home);
                }
            });
    }

    fn controls_ui(&mut self, ui: &mut egui::Ui, decks: &[&DeckRow]) {
        ui.horizontal_wrapped(|ui| {
            let shown = self
                .deck
                .as_ref()
                .and_then(|id| decks.iter().find(|r| r.id == *id))
                .map_or("All decks", |r| r.title.as_str());
            egui::ComboBox::from_label("Deck")
                .selected_text(shown)
                .width(ui.available_width().min(300.0) - 50.0)
                .truncate()
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.deck, None, "All decks");
                    for row in decks {
                        ui.selectable_value(&mut self.deck, Some(row.id.clone()), &row.title);
                    }
                });
        });
        ui.horizontal_wrapped(|ui| {
            ui.label("Days:");
            for (days, label) in stats::RANGES.iter().zip(["30 days", "90 days", "1 year"]) {
                if ui.selectable_label(self.range == *days, label).clicked() {
                    self.range = *days;
                }
            }
        });
    }

    /// Starts computing the figures on another thread.
    #[allow(clippy::too_many_arguments)]
    fn start_compute(
        &mut self,
        ctx: &egui::Context,
        store: &Store,
        learner: &Learner,
        decks: Vec<String>,
        inputs: &Inputs,
        clock: &DayClock,
        now: Timestamp,
    ) {
        // The same deck, learner and model: count again from what was read.
        let same = |old: &Inputs| {
            (&old.0, old.2, old.3, old.4) == (&inputs.0, inputs.2, inputs.3, inputs.4)
        };
        let reuse = self
            .read
            .as_ref()
            .filter(|(old, _)| same(old))
            .map(|(_, input)| Arc::clone(input));
        let second = match reuse {
            Some(_) => None,
            None => match store.second_connection() {
                Ok(second) => Some(second),
                Err(e) => {
                    self.figures = Some(Err(e.to_string()));
                    return;
                }
            },
        };
        let (send, receive) = mpsc::channel();
        let learner = learner.clone();
        let clock = clock.clone();
        let range = self.range;
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let input = match (reuse, second) {
                (Some(input), _) => Ok(input),
                (None, Some(mut second)) => second
                    .stats_input(&learner, &decks, now)
                    .map(Arc::new)
                    .map_err(|e| e.to_string()),
                (None, None) => Err("no connection to the store".to_owned()),
            };
            let figures = input.map(|input| {
                let figures = Arc::new(stats::compute(&input, &clock, now, range));
                (input, figures)
            });
            // The screen may be gone: then nobody listens.
            let _ = send.send(figures);
            ctx.request_repaint();
        });
        self.computing = Some(receive);
    }

    /// Starts measuring the model on the learner's history on another thread.
    fn start_measure(
        &mut self,
        ctx: &egui::Context,
        store: &Store,
        learner: &Learner,
        clock: &DayClock,
    ) {
        let events = match store.review_events(learner.id) {
            Ok(events) => events,
            Err(e) => {
                self.quality = Some(Err(e.to_string()));
                return;
            }
        };
        let (send, receive) = mpsc::channel();
        let progress = Arc::new(Progress::default());
        let shared = Arc::clone(&progress);
        let parameters = learner.parameters.clone();
        let clock = clock.clone();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let quality = stats::model::quality(&events, &clock, &parameters, |done, total| {
                if let Ok(mut p) = shared.0.lock() {
                    *p = (done, total);
                }
                true
            })
            .map_err(|e| e.to_string());
            let _ = send.send(quality);
            ctx.request_repaint();
        });
        self.quality = None;
        self.measuring = Some((receive, progress));
    }

    /// Takes what the background work finished.
    fn poll(
        &mut self,
        ctx: &egui::Context,
        store: &mut Store,
        learner: &Learner,
        now: Timestamp,
        actions: &mut Vec<Action>,
        notices: &mut Vec<String>,
    ) {
        let mut busy = false;
        if let Some(receiver) = &self.computing {
            match receiver.try_recv() {
                Ok(computed) => {
                    self.figures = Some(computed.map(|(input, figures)| {
                        if let Some(inputs) = &self.inputs {
                            self.read = Some((inputs.clone(), input));
                        }
                        figures
                    }));
                    self.computing = None;
                }
                Err(TryRecvError::Empty) => busy = true,
                Err(TryRecvError::Disconnected) => {
                    self.figures = Some(Err("the counting stopped unexpectedly".to_owned()));
                    self.computing = None;
                }
            }
        }
        if let Some((receiver, _)) = &self.measuring {
            match receiver.try_recv() {
                Ok(quality) => {
                    self.quality = Some(quality);
                    self.measuring = None;
                }
                Err(TryRecvError::Empty) => busy = true,
                Err(TryRecvError::Disconnected) => {
                    self.quality = Some(Err("the measure stopped unexpectedly".to_owned()));
                    self.measuring = None;
                }
            }
        }
        if let Some(job) = &self.refitting
            && let Some(finished) = job.poll(ctx, store, learner, now)
        {
            self.refitting = None;
            self.status = Some(finished.into_status(learner, actions, notices));
        }
        if busy {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
    }

    fn model_ui(
        &mut self,
        ui: &mut egui::Ui,
        s: &Statistics,
        store: &Store,
        learner: &Learner,
        clock: &DayClock,
        notices: &mut Vec<String>,
    ) {
        section(ui, "Memory model (FSRS)");
        let m = &s.model;
        if m.own_parameters {
            let when = m.fitted_at.map_or_else(
                || "at an unrecorded time".to_owned(),
                |at| format!("on {}", clock.study_date(at)),
            );
            ui.label(format!(
                "Your own parameters are in use: fitted to {} reviews {when}.",
                m.fitted_reviews
            ));
        } else {
            ui.label("FSRS's default parameters are in use.");
        }
        match (&self.quality, &self.measuring) {
            (_, Some((_, progress))) => {
                let (done, total) = progress.0.lock().map(|p| *p).unwrap_or((0, 0));
                ui.horizontal_wrapped(|ui| {
                    ui.add(egui::Spinner::new());
                    ui.label(format!(
                        "Measuring the model on your reviews: {done} of {total}"
                    ));
                });
            }
            (Some(Ok(None)), _) => {
                ui.weak(
                    "How well the model predicts your memory shows here once cards have been \
                     reviewed on a later day.",
                );
            }
            (Some(Ok(Some(q))), _) => quality_ui(ui, q),
            (Some(Err(e)), _) => {
                ui.colored_label(ui.visuals().error_fg_color, format!("Not measured: {e}"));
            }
            (None, None) => {}
        }
        ui.horizontal_wrapped(|ui| {
            if let Some(job) = &self.refitting {
                ui.add(egui::Spinner::new());
                ui.add(
                    egui::ProgressBar::new(job.share())
                        .desired_width(120.0)
                        .show_percentage(),
                );
                ui.label("Fitting...");
            } else if ui
                .button("Refit")
                .on_hover_text(format!(
                    "Fits the memory model to your reviews (needs {} reviews on later days); \
                     runs in the background",
                    optimize::MIN_REVIEWS
                ))
                .clicked()
            {
                match FitJob::start(ui.ctx(), store, learner, clock) {
                    Ok(job) => {
                        self.status = None;
                        self.refitting = Some(job);
                    }
                    Err(e) => notices.push(e),
                }
            }
        });
        if let Some(status) = &self.status {
            ui.label(status);
        }
    }
}

/// A section's title.
fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(12.0);
    ui.label(RichText::new(title).strong().size(16.0));
}

fn summary_ui(ui: &mut egui::Ui, s: &Statistics) {
    let c = &s.cards;
    ui.label(format!(
        "Today ({}): {} due, {} of them overdue.",
        s.today,
        s.forecast.first().map_or(0, |d| d.learning + d.review),
        s.overdue
    ));
    ui.label(format!(
        "{} in all, {} of answering; {}, {} not studied yet.",
        count(s.total_reviews, "review"),
        duration_text(s.total_seconds),
        count(c.total, "card"),
        c.new
    ));
}

/// The chart's plot, with the look every chart here shares.
fn plot<'a>(id: &'a str, x: &'a str, y: &'a str) -> Plot<'a> {
    Plot::new(id)
        .height(150.0)
        .x_axis_label(x)
        .y_axis_label(y)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .include_y(0.0)
        .show_crosshair(false)
        .y_axis_min_width(24.0)
}

/// The legend of a chart with several series, in the order they are stacked.
fn legend() -> Legend {
    Legend::default()
        .position(egui_plot::Corner::LeftTop)
        .follow_insertion_order(true)
}

/// A solid bar (egui_plot fills bars faintly by default).
fn bar(x: f64, height: f64, color: Color32) -> Bar {
    Bar::new(x, height).width(0.8).fill(color)
}

fn days_text(days: i64) -> String {
    match days {
        0 => "today".to_owned(),
        1 => "tomorrow".to_owned(),
        -1 => "yesterday".to_owned(),
        d if d < 0 => format!("{} days ago", -d),
        d => format!("in {d} days"),
    }
}

fn forecast_ui(ui: &mut egui::Ui, s: &Statistics, palette: &Palette) {
    section(ui, "Forecast: cards due each day");
    let due: u32 = s.forecast.iter().map(|d| d.learning + d.review).sum();
    if due == 0 {
        ui.weak(
            "Nothing is scheduled yet. Once you study, the cards coming back each day appear \
             here, split into learning and review.",
        );
        return;
    }
    ui.weak(format!(
        "{due} cards due in the next {} days (overdue ones count today).",
        s.range_days
    ));
    let days = Arc::new(s.forecast.clone());
    let tip = move |bar: &Bar| {
        let day = days
            .get(bar.argument.max(0.0) as usize)
            .copied()
            .unwrap_or_default();
        format!(
            "{}: {} cards due\nreview {}, learning {}",
            days_text(i64::from(day.day)),
            day.review + day.learning,
            day.review,
            day.learning
        )
    };
    let review = BarChart::new(
        "Review",
        s.forecast
            .iter()
            .map(|d| bar(f64::from(d.day), f64::from(d.review), palette.review))
            .collect(),
    )
    .color(palette.review)
    .element_formatter(Box::new({
        let tip = tip.clone();
        move |bar, _| tip(bar)
    }));
    let learning = BarChart::new(
        "Learning",
        s.forecast
            .iter()
            .map(|d| bar(f64::from(d.day), f64::from(d.learning), palette.learning))
            .collect(),
    )
    .color(palette.learning)
    .element_formatter(Box::new(move |bar, _| tip(bar)))
    .stack_on(&[&review]);
    plot("stats_forecast", "days from today", "cards")
        .legend(legend())
        .show(ui, |p| {
            p.bar_chart(review);
            p.bar_chart(learning);
        });
}

fn history_ui(ui: &mut egui::Ui, s: &Statistics, palette: &Palette) {
    section(ui, "Reviews: grades given each day");
    let total: u32 = s.history.iter().map(|d| d.reviews()).sum();
    if total == 0 {
        ui.weak(
            "No reviews in this range yet. The grades you give each day (Again, Hard, Good, \
             Easy) and the time you spend appear here.",
        );
        return;
    }
    let seconds: u64 = s.history.iter().map(|d| d.seconds).sum();
    let studied = s.history.iter().filter(|d| d.reviews() > 0).count();
    ui.weak(format!(
        "{total} reviews over the last {} days, {} answering ({} on an average study day).",
        s.range_days,
        duration_text(seconds),
        duration_text(seconds / studied.max(1) as u64)
    ));
    let days = Arc::new(s.history.clone());
    let tip = move |bar: &Bar| {
        let day = days
            .get((-bar.argument).max(0.0) as usize)
            .copied()
            .unwrap_or_default();
        format!(
            "{}: {} reviews in {}\nAgain {}, Hard {}, Good {}, Easy {}",
            days_text(-i64::from(day.days_ago)),
            day.reviews(),
            duration_text(day.seconds),
            day.again,
            day.hard,
            day.good,
            day.easy
        )
    };
    let grade = |name: &str, color: Color32, count: fn(&stats::HistoryDay) -> u32| {
        let tip = tip.clone();
        BarChart::new(
            name,
            s.history
                .iter()
                .map(|d| bar(-f64::from(d.days_ago), f64::from(count(d)), color))
                .collect(),
        )
        .color(color)
        .element_formatter(Box::new(move |bar, _| tip(bar)))
    };
    let again = grade("Again", palette.again, |d| d.again);
    let hard = grade("Hard", palette.hard, |d| d.hard).stack_on(&[&again]);
    let good = grade("Good", palette.good, |d| d.good).stack_on(&[&again, &hard]);
    let easy = grade("Easy", palette.easy, |d| d.easy).stack_on(&[&again, &hard, &good]);
    plot("stats_history", "days before today", "reviews")
        .legend(legend())
        .show(ui, |p| {
            p.bar_chart(again);
            p.bar_chart(hard);
            p.bar_chart(good);
            p.bar_chart(easy);
        });
    ui.label("Time spent answering each day");
    if s.history.iter().all(|d| d.seconds == 0) {
        ui.weak(
            "No answering time was recorded in this range (grades given from the command \
             line with a fixed clock take none). Study in the window and the minutes show here.",
        );
        return;
    }
    let time = BarChart::new(
        "Minutes",
        s.history
            .iter()
            .map(|d| {
                bar(
                    -f64::from(d.days_ago),
                    d.seconds as f64 / 60.0,
                    palette.time,
                )
            })
            .collect(),
    )
    .color(palette.time)
    .element_formatter(Box::new(move |bar, _| tip(bar)));
    plot("stats_time", "days before today", "minutes")
        .height(100.0)
        .show(ui, |p| p.bar_chart(time));
}

fn calendar_ui(ui: &mut egui::Ui, s: &Statistics, palette: &Palette) {
    section(ui, "Calendar: study days of the past year");
    let c = &s.calendar;
    ui.horizontal_wrapped(|ui| {
        ui.label(format!(
            "Current streak: {}",
            count(c.current_streak, "day")
        ));
        ui.label(format!(
            "Longest streak: {}",
            count(c.longest_streak, "day")
        ));
        ui.label(format!(
            "Days studied: {} of {}",
            c.study_days,
            c.days.len()
        ));
    });
    if c.study_days == 0 {
        ui.weak("Each day you study colours a square here, stronger for more reviews.");
    }
    // Columns are weeks (Monday on top), the last column holding today.
    let Some(first) = c.days.first() else {
        return;
    };
    let lead = usize::from(first.weekday);
    let weeks = (lead + c.days.len()).div_ceil(7);
    let label_width = 14.0;
    let cell = ((ui.available_width() - label_width) / weeks as f32).clamp(3.0, 14.0);
    let size = egui::vec2(label_width + cell * weeks as f32, cell * 7.0);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Image,
            true,
            format!(
                "Calendar of study days: {} of the last {} days studied",
                c.study_days,
                c.days.len()
            ),
        )
    });
    let most = c.days.iter().map(|d| d.reviews).max().unwrap_or(0).max(1);
    let painter = ui.painter_at(rect);
    let text = ui.visuals().weak_text_color();
    for (row, name) in [(0, "M"), (2, "W"), (4, "F")] {
        painter.text(
            egui::pos2(rect.min.x, rect.min.y + cell * (row as f32 + 0.5)),
            egui::Align2::LEFT_CENTER,
            name,
            egui::FontId::proportional((cell * 0.9).clamp(6.0, 11.0)),
            text,
        );
    }
    let hover = response.hover_pos();
    let mut hovered = None;
    for (i, day) in c.days.iter().enumerate() {
        let slot = lead + i;
        let min = egui::pos2(
            rect.min.x + label_width + (slot / 7) as f32 * cell,
            rect.min.y + (slot % 7) as f32 * cell,
        );
        let square = egui::Rect::from_min_size(min, egui::vec2(cell, cell)).shrink(0.5);
        let color = if day.reviews == 0 {
            palette.empty
        } else {
            // At least a third of the colour, so a light day still shows.
            let strength = 0.35 + 0.65 * day.reviews as f32 / most as f32;
            palette.empty.lerp_to_gamma(palette.heat, strength)
        };
        painter.rect_filled(square, 1.0, color);
        if hover.is_some_and(|p| square.expand(0.5).contains(p)) {
            hovered = Some(day);
            painter.rect_stroke(
                square,
                1.0,
                egui::Stroke::new(1.5, ui.visuals().strong_text_color()),
                egui::StrokeKind::Outside,
            );
        }
    }
    if let Some(day) = hovered {
        response.on_hover_text(format!("{}: {} reviews", day.date, day.reviews));
    }
    ui.weak(format!(
        "From {} to {}; a stronger colour is a busier day (the busiest: {most} reviews).",
        first.date,
        c.days.last().map_or("", |d| d.date.as_str())
    ));
}

fn passed_text(p: &Passed) -> String {
    match p.share {
        Some(share) => format!("{:.1}% ({} of {})", share * 100.0, p.passed, p.reviews),
        None => "none".to_owned(),
    }
}

fn retention_ui(ui: &mut egui::Ui, s: &Statistics) {
    section(ui, "True retention: reviews passed (not Again)");
    ui.label(format!(
        "Desired retention: {:.0}%",
        s.retention.desired * 100.0
    ));
    if s.retention.windows.iter().all(|w| w.all.reviews == 0) {
        ui.weak(
            "No reviews of learned cards in the last 30 days. Once cards come back for review, \
             the share you remember shows here, for young cards (interval under 21 days) and \
             mature ones.",
        );
        return;
    }
    egui::Grid::new("stats_retention")
        .striped(true)
        .num_columns(4)
        .spacing([10.0, 4.0])
        .show(ui, |ui| {
            ui.strong("Last");
            ui.strong("Young");
            ui.strong("Mature");
            ui.strong("All");
            ui.end_row();
            for w in &s.retention.windows {
                ui.label(if w.days == 1 {
                    "day".to_owned()
                } else {
                    format!("{} days", w.days)
                });
                ui.label(passed_text(&w.young));
                ui.label(passed_text(&w.mature));
                ui.label(passed_text(&w.all));
                ui.end_row();
            }
        });
}

fn cards_ui(ui: &mut egui::Ui, s: &Statistics, palette: &Palette) {
    section(ui, "Cards");
    let c = &s.cards;
    ui.horizontal_wrapped(|ui| {
        for (name, n) in [
            ("New", c.new),
            ("Learning", c.learning),
            ("Review", c.review),
            ("Relearning", c.relearning),
            ("Suspended", c.suspended),
            ("Total", c.total),
        ] {
            ui.label(format!("{name}: {n}"));
        }
    });
    let studied: u32 = s.stability.iter().map(|b| b.cards).sum();
    if studied == 0 {
        ui.weak(
            "How long cards are remembered (stability) and how hard they are (difficulty) \
             shows here once cards have been studied.",
        );
        return;
    }
    ui.label("Stability: days until recall falls to 90%");
    histogram(
        ui,
        "stats_stability",
        &s.stability,
        "stability",
        palette.review,
    );
    ui.label("Difficulty: 1 easiest to 10 hardest");
    histogram(
        ui,
        "stats_difficulty",
        &s.difficulty,
        "difficulty",
        palette.learning,
    );
}

/// A distribution as bars, one per bucket, labelled under the axis.
fn histogram(ui: &mut egui::Ui, id: &str, buckets: &[Bucket], x: &str, color: Color32) {
    let labels: Vec<String> = buckets.iter().map(|b| b.label.clone()).collect();
    let tips = labels.clone();
    let chart = BarChart::new(
        "Cards",
        buckets
            .iter()
            .enumerate()
            .map(|(i, b)| bar(i as f64, f64::from(b.cards), color))
            .collect(),
    )
    .color(color)
    .element_formatter(Box::new(move |bar, _| {
        let label = tips
            .get(bar.argument.max(0.0).round() as usize)
            .map_or("", String::as_str);
        format!("{label}: {} cards", bar.value)
    }));
    plot(id, x, "cards")
        .height(110.0)
        .x_axis_formatter(move |mark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() > 0.01 || i < 0.0 {
                return String::new();
            }
            labels.get(i as usize).cloned().unwrap_or_default()
        })
        .show(ui, |p| p.bar_chart(chart));
}

fn quality_ui(ui: &mut egui::Ui, q: &Quality) {
    ui.label(format!(
        "How well it predicts your memory, on {} reviews (lower is better):",
        q.reviews
    ));
    egui::Grid::new("stats_quality")
        .num_columns(3)
        .spacing([10.0, 4.0])
        .show(ui, |ui| {
            ui.strong("Parameters");
            ui.strong("Log loss");
            ui.strong("RMSE");
            ui.end_row();
            let mut row = |name: &str, m: &stats::model::Measure| {
                ui.label(name);
                ui.label(format!("{:.4}", m.log_loss));
                ui.label(format!("{:.2}%", m.rmse * 100.0));
                ui.end_row();
            };
            row("Default", &q.default);
            if let Some(fitted) = &q.fitted {
                row("Yours", fitted);
            }
        });
}

/// "45 s", "12 min", "3.5 h".
fn duration_text(seconds: u64) -> String {
    if seconds < 60 {
        format!("{seconds} s")
    } else if seconds < 3600 {
        format!("{} min", (seconds + 30) / 60)
    } else {
        format!("{:.1} h", seconds as f64 / 3600.0)
    }
}

/// "1 day", "3 days".
fn count(n: impl Into<u64>, word: &str) -> String {
    let n = n.into();
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
