//! Word lists the generator reads English with: function words, verbs, and words too common
//! to be worth asking about. Small, hand-kept and deterministic: no model, no download.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Articles and other determiners.
const DETERMINERS: &[&str] = &[
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "some",
    "any",
    "each",
    "every",
    "all",
    "both",
    "either",
    "neither",
    "no",
    "another",
    "other",
    "such",
    "its",
    "their",
    "his",
    "her",
    "our",
    "your",
    "my",
    "many",
    "much",
    "most",
    "more",
    "few",
    "several",
    "various",
    "certain",
    "little",
    "less",
    "fewer",
    "whatever",
    "whichever",
];

/// Personal and demonstrative pronouns.
const PRONOUNS: &[&str] = &[
    "it",
    "they",
    "he",
    "she",
    "we",
    "you",
    "i",
    "them",
    "him",
    "us",
    "me",
    "this",
    "that",
    "these",
    "those",
    "one",
    "ones",
    "others",
    "itself",
    "themselves",
    "yourself",
    "yourselves",
    "himself",
    "herself",
    "myself",
    "ourselves",
    "oneself",
    "anyone",
    "nobody",
    "anybody",
    "everybody",
    "there",
    "here",
    "something",
    "someone",
    "anything",
    "everything",
    "nothing",
    "none",
    "which",
    "what",
    "who",
    "whom",
    "thats",
    "theyre",
    "youre",
    "whats",
    "heres",
    "theres",
    "lets",
    "weve",
    "youve",
    "itll",
    "youll",
    "theyll",
    "theyve",
    "youd",
    "theyd",
];

/// Pronouns that, at the start of a sentence, point back to something said before.
const ANAPHORS: &[&str] = &[
    "it", "they", "he", "she", "this", "that", "these", "those", "its", "their", "them", "such",
    "both", "another", "other", "here", "there", "we", "you",
    // "Thats because it steps up ...": "that's" with its apostrophe lost.
    "thats",
];

const PREPOSITIONS: &[&str] = &[
    "unto",
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "to",
    "into",
    "onto",
    "through",
    "during",
    "before",
    "after",
    "over",
    "under",
    "between",
    "among",
    "about",
    "against",
    "within",
    "without",
    "across",
    "along",
    "around",
    "toward",
    "towards",
    "upon",
    "via",
    "per",
    "than",
    "like",
    "unlike",
    "behind",
    "beyond",
    "below",
    "above",
    "beneath",
    "underneath",
    "beside",
    "alongside",
    "amid",
    "atop",
    "near",
    "inside",
    "outside",
    "throughout",
    "despite",
    "except",
    "until",
    "till",
    "since",
    "up",
    "down",
    "off",
    "out",
    "as",
];

const CONJUNCTIONS: &[&str] = &["and", "or", "but", "nor", "so", "yet", "&"];

const SUBORDINATORS: &[&str] = &[
    "because",
    "although",
    "though",
    "while",
    "whereas",
    "when",
    "whenever",
    "wherever",
    "if",
    "unless",
    "since",
    "until",
    "as",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "why",
    "how",
    "whether",
    "once",
    "so",
    "thus",
    "therefore",
    "hence",
];

/// Forms of "be", "have", "do" and the modals.
const AUXILIARIES: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "has",
    "have",
    "had",
    "having",
    "do",
    "does",
    "did",
    "can",
    "could",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "will",
    "would",
    "cannot",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "can't",
    "don't",
    "doesn't",
    "didn't",
    "won't",
    "wouldn't",
    "couldn't",
    "shouldn't",
    "isnt",
    "arent",
    "wasnt",
    "werent",
    "cant",
    "dont",
    "doesnt",
    "didnt",
    "wont",
    "wouldnt",
    "couldnt",
    "shouldnt",
    "havent",
    "hasnt",
    "hadnt",
];

const ADVERBS: &[&str] = &[
    "far",
    "today",
    "yesterday",
    "tomorrow",
    "nowadays",
    "here",
    "there",
    "also",
    "often",
    "usually",
    "very",
    "not",
    "only",
    "even",
    "still",
    "then",
    "however",
    "thus",
    "therefore",
    "just",
    "always",
    "forever",
    "overnight",
    "enough",
    "somewhat",
    "forward",
    "backward",
    "upward",
    "downward",
    "outward",
    "inward",
    "upwards",
    "downwards",
    "never",
    "sometimes",
    "already",
    "further",
    "again",
    "too",
    "well",
    "generally",
    "typically",
    "mainly",
    "mostly",
    "largely",
    "primarily",
    "actually",
    "really",
    "quite",
    "rather",
    "almost",
    "nearly",
    "about",
    "now",
    "soon",
    "later",
    "first",
    "finally",
    "instead",
    "moreover",
    "otherwise",
    "meanwhile",
    "nevertheless",
    "additionally",
    "furthermore",
    "indeed",
    "perhaps",
    "probably",
    "potentially",
    "especially",
    "particularly",
    "extensively",
    "highly",
    "less",
    "more",
    "most",
    "much",
    "so",
    "yet",
    "once",
    "twice",
    "together",
    "apart",
    "away",
    "back",
    "currently",
    "recently",
    "similarly",
    "likewise",
    "consequently",
    "ultimately",
    "eventually",
    "initially",
    "directly",
    "slowly",
    "quickly",
    "rapidly",
    "easily",
    "widely",
    "commonly",
    "frequently",
    "rarely",
    "normally",
    "naturally",
    "simply",
    "clearly",
    "entirely",
    "partly",
    "completely",
    "relatively",
    "increasingly",
    "approximately",
    "roughly",
    "ever",
    "hardly",
    "regardless",
    "sometime",
    "someday",
    "anytime",
    "nowhere",
    "somewhere",
    "anywhere",
    "everywhere",
    "elsewhere",
];

/// Base forms of verbs common in expository text. Inflected forms are matched by [`is_verb`].
const VERBS: &[&str] = &[
    "absorb",
    "accelerate",
    "accept",
    "accumulate",
    "achieve",
    "act",
    "adapt",
    "add",
    "affect",
    "aim",
    "allow",
    "alter",
    "appear",
    "apply",
    "arise",
    "attach",
    "attract",
    "avoid",
    "become",
    "begin",
    "bind",
    "block",
    "blow",
    "boil",
    "break",
    "breathe",
    "bring",
    "build",
    "burn",
    "burst",
    "call",
    "capture",
    "carry",
    "cause",
    "change",
    "characterize",
    "circulate",
    "classify",
    "collect",
    "combine",
    "come",
    "compose",
    "compress",
    "conduct",
    "connect",
    "consist",
    "constitute",
    "consume",
    "contain",
    "continue",
    "contribute",
    "control",
    "convert",
    "cool",
    "cover",
    "create",
    "cross",
    "cure",
    "cut",
    "damage",
    "dampen",
    "decay",
    "decrease",
    "define",
    "deliver",
    "demonstrate",
    "depend",
    "deposit",
    "derive",
    "describe",
    "destroy",
    "detect",
    "determine",
    "develop",
    "die",
    "differ",
    "differentiate",
    "diffuse",
    "digest",
    "discover",
    "dissolve",
    "divide",
    "drive",
    "drop",
    "eat",
    "emerge",
    "emit",
    "enable",
    "enhance",
    "ensure",
    "enter",
    "erode",
    "erupt",
    "evaporate",
    "evolve",
    "exchange",
    "exist",
    "equal",
    "expand",
    "experience",
    "explain",
    "expose",
    "extend",
    "fall",
    "feed",
    "fill",
    "find",
    "fit",
    "flow",
    "follow",
    "form",
    "freeze",
    "function",
    "gain",
    "generate",
    "get",
    "give",
    "go",
    "govern",
    "grow",
    "guide",
    "gush",
    "happen",
    "heat",
    "help",
    "hinder",
    "hold",
    "identify",
    "impair",
    "improve",
    "include",
    "incorporate",
    "increase",
    "indicate",
    "induce",
    "influence",
    "inhibit",
    "integrate",
    "intervene",
    "involve",
    "join",
    "keep",
    "kill",
    "know",
    "lack",
    "last",
    "lead",
    "leave",
    "let",
    "lie",
    "locate",
    "mature",
    "limit",
    "live",
    "look",
    "lose",
    "lower",
    "make",
    "manipulate",
    "mean",
    "measure",
    "melt",
    "migrate",
    "mitigate",
    "modulate",
    "move",
    "need",
    "note",
    "obey",
    "obtain",
    "occur",
    "offer",
    "open",
    "operate",
    "optimize",
    "orbit",
    "outline",
    "overcome",
    "own",
    "pass",
    "perform",
    "permit",
    "pollute",
    "possess",
    "predict",
    "prepare",
    "prevent",
    "produce",
    "promote",
    "protect",
    "provide",
    "pull",
    "pump",
    "push",
    "put",
    "raise",
    "range",
    "reach",
    "react",
    "receive",
    "reduce",
    "refer",
    "reflect",
    "regenerate",
    "regulate",
    "release",
    "rely",
    "remain",
    "remove",
    "repair",
    "replace",
    "represent",
    "reproduce",
    "require",
    "resist",
    "respond",
    "restore",
    "result",
    "reverse",
    "rise",
    "rotate",
    "run",
    "rush",
    "say",
    "scavenge",
    "secrete",
    "see",
    "seem",
    "send",
    "separate",
    "serve",
    "set",
    "shape",
    "share",
    "show",
    "shrink",
    "signal",
    "sink",
    "slow",
    "solve",
    "spill",
    "spin",
    "split",
    "spread",
    "stand",
    "start",
    "stay",
    "stimulate",
    "stop",
    "store",
    "stretch",
    "strike",
    "study",
    "suggest",
    "supply",
    "support",
    "suppress",
    "surge",
    "surround",
    "survive",
    "take",
    "tend",
    "test",
    "think",
    "transfer",
    "transform",
    "transmit",
    "transplant",
    "transport",
    "travel",
    "treat",
    "trigger",
    "turn",
    "undergo",
    "understand",
    "unwind",
    "use",
    "vary",
    "warm",
    "wear",
    "weather",
    "work",
    "yield",
    // Instructions to the reader ("Place the object on the pan", "Invest in ..."), and verbs
    // of soil and land use.
    "place",
    "invest",
    "churn",
    "disturb",
    "draw",
    "check",
    "label",
    "subtract",
    "repeat",
    "read",
    "write",
    "count",
    "assume",
    "imagine",
    "consider",
    "compare",
    "observe",
    "notice",
    "calculate",
    "estimate",
    "try",
    "want",
    "love",
    "hate",
    "ask",
    "answer",
    "tell",
    "speak",
    "talk",
    "hear",
    "listen",
    "watch",
    "feel",
    "touch",
    "smell",
    "taste",
    "sit",
    "walk",
    "swim",
    "fly",
    "climb",
    "dig",
    "throw",
    "catch",
    "hit",
    "kick",
    "lift",
    "hang",
    "sleep",
    "wake",
    "plant",
    "harvest",
    "plow",
    "graze",
    "drill",
    "pour",
    "mix",
    "stir",
    "shake",
    "cook",
    "bake",
    "dry",
    "wash",
    "clean",
    "fix",
    "design",
    "invent",
    "explore",
    "investigate",
    "examine",
    "analyze",
    "record",
    "report",
    "publish",
    "propose",
    "hypothesize",
    "conclude",
    "prove",
    "confirm",
    "reveal",
    "hide",
    "disappear",
    "vanish",
    "belong",
    "empty",
    "pack",
    "squeeze",
    "press",
    "bend",
    "fold",
    "twist",
    "crack",
    "shatter",
    "collide",
    "bounce",
    "roll",
    "slide",
    "smash",
    "slip",
    "float",
    "drift",
    "settle",
    "filter",
    "radiate",
    "glow",
    "shine",
    "refract",
    "vibrate",
    "oscillate",
    "revolve",
    "tilt",
    "wobble",
    "decelerate",
    "repel",
    "charge",
    "discharge",
    "insulate",
    "magnetize",
    "ignite",
    "explode",
    "flood",
    "thaw",
    "condense",
    "precipitate",
    "saturate",
    "dilute",
    "concentrate",
    "neutralize",
    "oxidize",
    "bond",
    "donate",
    "mutate",
    "inherit",
    "express",
    "encode",
    "replicate",
    "enlarge",
    "clog",
    "transcribe",
    "translate",
    "infect",
    "invade",
    "attack",
    "defend",
    "fight",
    "engulf",
    "recognize",
    "remember",
    "wonder",
    "learn",
    "teach",
    "assist",
    "evacuate",
    "escape",
    "warn",
    "forecast",
    "monitor",
    "weigh",
    "rust",
    "tarnish",
    "corrode",
    "decompose",
    "ferment",
    "photosynthesize",
    "respire",
    "beat",
    "contract",
    "relax",
    "bear",
    "arrive",
    "assemble",
    "behave",
    "believe",
    "bleed",
    "breed",
    "choose",
    "comprise",
    "conserve",
    "contaminate",
    "crystallize",
    "cultivate",
    "deepen",
    "detach",
    "distribute",
    "enclose",
    "endanger",
    "exceed",
    "excrete",
    "exhale",
    "extract",
    "fertilize",
    "finish",
    "flee",
    "flourish",
    "forget",
    "gather",
    "germinate",
    "harden",
    "harm",
    "heal",
    "illustrate",
    "ingest",
    "inhale",
    "ionize",
    "irrigate",
    "lengthen",
    "liquefy",
    "maintain",
    "manufacture",
    "metabolize",
    "moisten",
    "multiply",
    "nourish",
    "originate",
    "persist",
    "pollinate",
    "preserve",
    "purify",
    "recycle",
    "refine",
    "renew",
    "reuse",
    "scatter",
    "seek",
    "seep",
    "sell",
    "shorten",
    "soak",
    "soften",
    "solidify",
    "spend",
    "strengthen",
    "subduct",
    "sustain",
    "sweep",
    "swell",
    "synthesize",
    "thicken",
    "threaten",
    "thrive",
    "trap",
    "uplift",
    "vaporize",
    "weaken",
    "widen",
    "win",
    "withstand",
    "lay",
    "shut",
    // Verbs of living things and moving matter, read as nouns until listed ("platelets stick",
    // "convection cells plunge").
    "blend",
    "burrow",
    "chew",
    "clot",
    "compete",
    "cooperate",
    "crawl",
    "crush",
    "disprove",
    "dive",
    "drag",
    "drip",
    "fuse",
    "glide",
    "hatch",
    "hibernate",
    "hop",
    "hunt",
    "jump",
    "leak",
    "lean",
    "mate",
    "rinse",
    "rot",
    "shiver",
    "soar",
    "stick",
    "sublimate",
    "swallow",
    "plunge",
    "convect",
    "toss",
    "wrap",
    // Verbs of things coming together ("where the plates meet", "sperm and egg unite").
    "meet",
    "merge",
    "unite",
    "alternate",
    "penetrate",
    "contradict",
    // Verbs read as nouns until listed ("India crashed into Asia", "the cells fail to divide").
    "crash",
    "establish",
    "utilize",
    "communicate",
    "fail",
    "collapse",
    // Instructions for a safe home ("Secure water heaters", "Bolt bookcases to the wall").
    "secure",
    "brace",
    "bracket",
    "bolt",
    "anchor",
    "install",
];

/// Irregular past and participle forms, with their base.
const IRREGULAR: &[(&str, &str)] = &[
    ("became", "become"),
    ("began", "begin"),
    ("begun", "begin"),
    ("bound", "bind"),
    ("blew", "blow"),
    ("blown", "blow"),
    ("broke", "break"),
    ("broken", "break"),
    ("brought", "bring"),
    ("built", "build"),
    ("came", "come"),
    ("done", "do"),
    ("drove", "drive"),
    ("driven", "drive"),
    ("ate", "eat"),
    ("eaten", "eat"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("fed", "feed"),
    ("found", "find"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("gave", "give"),
    ("given", "give"),
    ("got", "get"),
    ("gotten", "get"),
    ("went", "go"),
    ("gone", "go"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("held", "hold"),
    ("kept", "keep"),
    ("knew", "know"),
    ("known", "know"),
    ("led", "lead"),
    ("left", "leave"),
    // ("lay" is not read as the past of "lie": "Females lay huge numbers of eggs" asks
    // "What do females lay?")
    ("lain", "lie"),
    ("lying", "lie"),
    ("dying", "die"),
    ("lost", "lose"),
    ("made", "make"),
    ("met", "meet"),
    ("meant", "mean"),
    ("paid", "pay"),
    ("ran", "run"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("said", "say"),
    ("saw", "see"),
    ("seen", "see"),
    ("sent", "send"),
    ("shown", "show"),
    ("shrank", "shrink"),
    ("shrunk", "shrink"),
    ("sank", "sink"),
    ("sunk", "sink"),
    ("spun", "spin"),
    ("stood", "stand"),
    ("struck", "strike"),
    ("took", "take"),
    ("taken", "take"),
    ("thought", "think"),
    ("understood", "understand"),
    ("underwent", "undergo"),
    ("undergone", "undergo"),
    ("wore", "wear"),
    ("worn", "wear"),
    ("arose", "arise"),
    ("arisen", "arise"),
    ("born", "bear"),
    ("borne", "bear"),
    ("split", "split"),
    ("spread", "spread"),
    ("set", "set"),
    ("put", "put"),
    ("cut", "cut"),
    ("let", "let"),
    ("taught", "teach"),
    ("caught", "catch"),
    ("sought", "seek"),
    ("fought", "fight"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("told", "tell"),
    ("sold", "sell"),
    ("won", "win"),
    ("wrote", "write"),
    ("written", "write"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("hid", "hide"),
    ("hidden", "hide"),
    ("shook", "shake"),
    ("shaken", "shake"),
    ("swam", "swim"),
    ("slid", "slide"),
    ("spent", "spend"),
    ("bent", "bend"),
    ("bled", "bleed"),
    ("bred", "breed"),
    ("fled", "flee"),
    ("dug", "dig"),
    ("hung", "hang"),
    ("swept", "sweep"),
    ("overcame", "overcome"),
    ("withstood", "withstand"),
    ("felt", "feel"),
    ("heard", "hear"),
    ("laid", "lay"),
];

/// Words that judge rather than inform ("promising", "novel"): never a whole answer.
const EVALUATIVE: &[&str] = &[
    "promising",
    "similar",
    "great",
    "important",
    "significant",
    "novel",
    "viable",
    "crucial",
    "unique",
    "urgent",
    "major",
    "key",
    "new",
    "improved",
    "better",
    "best",
    "high",
    "higher",
    "good",
    "potential",
    "possible",
    "considerable",
    "substantial",
    "remarkable",
    "well-known",
    "interesting",
    "useful",
    "effective",
    "successful",
    "early",
    "recent",
    "future",
    "current",
    "further",
    "alternative",
    "approach",
    "approaches",
    "option",
    "options",
    "strategy",
    "strategies",
    "promise",
    "ability",
    "abilities",
    "outcome",
    "outcomes",
    "possibility",
    "need",
    "needs",
    "advance",
    "advances",
    "progress",
    "research",
    "studies",
    "study",
    "context",
    "showing",
    "attention",
    "interest",
    "benefit",
    "benefits",
    "treatment",
    "therapy",
    "issue",
    "issues",
    "anticipated",
    "expected",
    "likely",
    "various",
    "different",
    "specific",
    "overall",
    "pretty",
    "quite",
    "rather",
    "fairly",
    "remarkable",
    "amazing",
    "incredible",
    "huge",
    "tiny",
    "enormous",
    "vast",
    "simple",
    "complex",
    "easy",
    "difficult",
    "hard",
    "true",
    "false",
    "real",
    "correct",
    "incorrect",
    "proper",
    "appropriate",
    "suitable",
    "wrong",
    "plausible",
    "reasonable",
    "suggestion",
    "suggestions",
];

/// Words too common or too vague to be the answer of a card.
const VAGUE: &[&str] = &[
    "assistance",
    // "What did Hubble notice?" -> "a relationship": that there is one is no fact to recall.
    "relationship",
    "relationships",
    // "prepare for the [inevitable event]", "only one [conclusion] he could draw": what
    // happened or was concluded is the fact, not that there was one.
    "event",
    "events",
    "conclusion",
    "conclusions",
    "difference",
    "differences",
    "similarity",
    "similarities",
    "help",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "dozens",
    "scientists",
    "scientist",
    "astronomers",
    "researchers",
    "experts",
    "humans",
    "source",
    "sources",
    "vitro",
    "vivo",
    "thing",
    "things",
    "way",
    "ways",
    "part",
    "parts",
    "structure",
    "structures",
    "feature",
    "features",
    "kind",
    "kinds",
    "type",
    "types",
    "lot",
    "lots",
    "number",
    "amount",
    "example",
    "examples",
    "case",
    "cases",
    "fact",
    "facts",
    "time",
    "times",
    "place",
    "places",
    "something",
    "area",
    "areas",
    "zone",
    "zones",
    "region",
    "regions",
    "form",
    "forms",
    "role",
    "roles",
    "result",
    "results",
    "use",
    "uses",
    "people",
    "person",
    "someone",
    "other",
    "others",
    "one",
    "ones",
    "many",
    "much",
    "some",
    "same",
    "different",
    "important",
    "new",
    "good",
    "great",
    "large",
    "small",
    "big",
    "little",
    "high",
    "low",
    "certain",
    "various",
    "several",
    "main",
    "major",
    "key",
    "potential",
    "possible",
    "able",
    "due",
    "known",
    "called",
    "figure",
    "fig",
    "table",
    "section",
    "chapter",
    "lesson",
    "page",
    "below",
    "above",
    "following",
    "next",
    "first",
    "second",
    "third",
    "last",
    "own",
    "whole",
    "rest",
    "way",
    "step",
    "steps",
    "stage",
    "stages",
    "phenomenon",
    "phenomena",
    "substance",
    "substances",
    "material",
    "materials",
    "object",
    "objects",
    "item",
    "items",
    "stuff",
    "factor",
    "factors",
    "aspect",
    "aspects",
    "approach",
    "method",
    "methods",
    "level",
    "levels",
    "process",
    "processes",
    "problem",
    "problems",
    "state",
    "system",
    "systems",
    "matter",
    "effect",
    "effects",
    "change",
    "changes",
    "device",
    "devices",
    "resource",
    "resources",
    "location",
    "locations",
    "situation",
    "situations",
    "condition",
    "conditions",
    "purpose",
    "purposes",
    "reason",
    "reasons",
    "idea",
    "ideas",
    "information",
    "job",
    "jobs",
    "task",
    "tasks",
    "thing",
    // Everyday things and people a textbook mentions in passing: never the point of a card.
    "bike",
    "bikes",
    "bicycle",
    "bicycles",
    "car",
    "cars",
    "truck",
    "trucks",
    "home",
    "homes",
    "house",
    "houses",
    "kitchen",
    "friend",
    "friends",
    "student",
    "students",
    "sometime",
    "someday",
    "anytime",
    "nowhere",
    "somewhere",
    "anywhere",
    "everywhere",
    "scientists",
    "researchers",
    "classmate",
    "classmates",
    "teacher",
    "teachers",
    "classroom",
    "container",
    "containers",
    "bottle",
    "bottles",
    "cup",
    "cups",
    "box",
    "boxes",
    "bag",
    "bags",
    "jar",
    "jars",
    "room",
    "rooms",
    "chair",
    "chairs",
    "desk",
    "desks",
    "book",
    "books",
    "textbook",
    "textbooks",
    "picture",
    "pictures",
    "photo",
    "photos",
    "photograph",
    "photographs",
    "diagram",
    "diagrams",
    "video",
    "videos",
    "demonstration",
    "demonstrations",
    "everyone",
    "somebody",
];

/// A hasher for words: the FxHash scheme, eight bytes per multiply, where FNV-1a or SipHash
/// would take one step per byte. Not resistant to hash flooding; the generator only hashes
/// the words of the document it is given, on the user's own machine.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl WordHasher {
    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        // The last multiply leaves its best-mixed bits at the top; hash tables index by the
        // bottom ones.
        self.0.rotate_left(26)
    }

    fn write(&mut self, bytes: &[u8]) {
        let (chunks, rest) = bytes.as_chunks::<8>();
        for chunk in chunks {
            self.add(u64::from_le_bytes(*chunk));
        }
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
}

/// Builds [`WordHasher`]s, for sets and maps of words. Lookups only: nothing in the generator
/// iterates a hashed collection, so its order never reaches a deck.
pub type WordHashBuild = std::hash::BuildHasherDefault<WordHasher>;

/// A map from words to values that is quick for short words: a word of at most seven bytes is
/// packed with its length into one number, so finding it compares numbers rather than
/// strings kept elsewhere in memory. Longer words are kept as strings.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    short: HashMap<u64, V, WordHashBuild>,
    long: HashMap<Box<str>, V, WordHashBuild>,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            short: HashMap::default(),
            long: HashMap::default(),
        }
    }
}

impl<V> WordMap<V> {
    /// A word of at most seven bytes as its bytes and its length in one number (one word, one
    /// number: the length tells "a" from "a\0").
    fn pack(word: &str) -> Option<u64> {
        let bytes = word.as_bytes();
        if bytes.len() > 7 {
            return None;
        }
        let mut packed = (bytes.len() as u64) << 56;
        for (i, &b) in bytes.iter().enumerate() {
            packed |= u64::from(b) << (8 * i);
        }
        Some(packed)
    }

    /// The value of `word`.
    pub fn get(&self, word: &str) -> Option<&V> {
        match Self::pack(word) {
            Some(packed) => self.short.get(&packed),
            None => self.long.get(word),
        }
    }

    /// The value of `word`, first set to `make()` when it has none. (A long word is copied
    /// even when it is there: look it up with [`WordMap::get`] first where that matters.)
    pub fn get_or_insert_with(&mut self, word: &str, make: impl FnOnce() -> V) -> &mut V {
        match Self::pack(word) {
            Some(packed) => self.short.entry(packed).or_insert_with(make),
            None => self.long.entry(word.into()).or_insert_with(make),
        }
    }

    /// How many words have a value.
    pub fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    /// True when no word has a value.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Words that count as function words beyond the lists above.
const EXTRA_FUNCTION: &[&str] = &["not", "no", "to"];

// The lists a word is on, one bit each.
const DETERMINER: u16 = 1 << 0;
const PRONOUN: u16 = 1 << 1;
const ANAPHOR: u16 = 1 << 2;
const PREPOSITION: u16 = 1 << 3;
const CONJUNCTION: u16 = 1 << 4;
const SUBORDINATOR: u16 = 1 << 5;
const AUXILIARY: u16 = 1 << 6;
/// Determiners, pronouns, prepositions, conjunctions, subordinators, auxiliaries and
/// [`EXTRA_FUNCTION`].
const FUNCTION: u16 = 1 << 7;
const ADVERB: u16 = 1 << 8;
const VAGUE_WORD: u16 = 1 << 9;
const EVALUATIVE_WORD: u16 = 1 << 10;
/// A base form in [`VERBS`].
const VERB: u16 = 1 << 11;

/// What the word lists say of one word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Entry {
    /// The lists it is on, as bits.
    lists: u16,
    /// Its base when it is an irregular verb form ([`IRREGULAR`]).
    irregular_base: Option<&'static str>,
}

/// Every listed word (as listed) with what the lists say of it, built once on first use: one
/// lookup answers every question about a word.
static WORDS: LazyLock<WordMap<(&'static str, Entry)>> = LazyLock::new(|| {
    let mut words = WordMap::default();
    for (list, bits) in [
        (DETERMINERS, DETERMINER | FUNCTION),
        (PRONOUNS, PRONOUN | FUNCTION),
        (PREPOSITIONS, PREPOSITION | FUNCTION),
        (CONJUNCTIONS, CONJUNCTION | FUNCTION),
        (SUBORDINATORS, SUBORDINATOR | FUNCTION),
        (AUXILIARIES, AUXILIARY | FUNCTION),
        (EXTRA_FUNCTION, FUNCTION),
        (ANAPHORS, ANAPHOR),
        (ADVERBS, ADVERB),
        (VAGUE, VAGUE_WORD),
        (EVALUATIVE, EVALUATIVE_WORD),
        (VERBS, VERB),
    ] {
        for &word in list {
            words
                .get_or_insert_with(word, || (word, Entry::default()))
                .1
                .lists |= bits;
        }
    }
    // A form listed twice keeps its last base.
    for &(form, base) in IRREGULAR {
        words
            .get_or_insert_with(form, || (form, Entry::default()))
            .1
            .irregular_base = Some(base);
    }
    words
});

/// What the word lists say of one word, found with one lookup: keep it to ask a word many
/// questions (see [`Word`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Listing {
    /// The word as listed, when it is.
    listed: Option<&'static str>,
    /// What the lists say of it.
    entry: Entry,
}

impl Listing {
    /// Looks `word` up.
    pub fn of(word: &str) -> Listing {
        match WORDS.get(word) {
            Some(&(listed, entry)) => Listing {
                listed: Some(listed),
                entry,
            },
            None => Listing::default(),
        }
    }

    fn on(self, bits: u16) -> bool {
        self.entry.lists & bits != 0
    }
}

/// What the word lists say of the words of one document, remembered: each distinct word is
/// looked up, and its verb base and stem found, once however often it recurs.
#[derive(Debug, Default)]
pub struct WordCache {
    known: WordMap<Known>,
    /// Each distinct [`stem`] met, numbered.
    stems: WordMap<u32>,
}

/// What a [`WordCache`] knows of a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Known {
    /// What the word lists say of it.
    pub listing: Listing,
    /// Its [`Word::verb_base`].
    pub verb_base: Option<&'static str>,
    /// The number of its [`stem`] in this cache: two words of the cache have the same stem
    /// exactly when their numbers are equal.
    pub stem: u32,
}

impl WordCache {
    /// What is known of `word` (in lower case).
    pub fn look_up(&mut self, word: &str) -> Known {
        if let Some(&known) = self.known.get(word) {
            return known;
        }
        let listing = Listing::of(word);
        let stem = stem(word);
        let next = u32::try_from(self.stems.len()).unwrap_or(u32::MAX);
        let known = Known {
            listing,
            verb_base: Word::with_listing(word, listing).verb_base(),
            stem: *self.stems.get_or_insert_with(&stem, || next),
        };
        self.known.get_or_insert_with(word, || known);
        known
    }
}

/// A lower-case word and its [`Listing`]: the questions the word lists answer, asked without
/// looking the word up again.
#[derive(Debug, Clone, Copy)]
pub struct Word<'a> {
    text: &'a str,
    listing: Listing,
}

impl<'a> Word<'a> {
    /// Looks `text` up.
    pub fn new(text: &'a str) -> Word<'a> {
        Word {
            text,
            listing: Listing::of(text),
        }
    }

    /// `text` with its listing already found ([`Listing::of`] of the same text).
    pub fn with_listing(text: &'a str, listing: Listing) -> Word<'a> {
        Word { text, listing }
    }

    /// An article or other determiner ("the", "these", "many").
    pub fn is_determiner(self) -> bool {
        self.listing.on(DETERMINER)
    }

    /// A pronoun ("it", "they", "this").
    pub fn is_pronoun(self) -> bool {
        self.listing.on(PRONOUN)
    }

    /// A word that, opening a sentence, refers back to an earlier one.
    pub fn is_anaphor(self) -> bool {
        self.listing.on(ANAPHOR)
    }

    /// A preposition ("of", "in", "through").
    pub fn is_preposition(self) -> bool {
        self.listing.on(PREPOSITION)
    }

    /// A coordinating conjunction ("and", "or").
    pub fn is_conjunction(self) -> bool {
        self.listing.on(CONJUNCTION)
    }

    /// A subordinating word or relative pronoun ("because", "which", "when").
    pub fn is_subordinator(self) -> bool {
        self.listing.on(SUBORDINATOR)
    }

    /// A form of be/have/do or a modal verb.
    pub fn is_auxiliary(self) -> bool {
        self.listing.on(AUXILIARY)
    }

    /// A known adverb, or a word ending in "-ly" that is not a known noun/adjective.
    pub fn is_adverb(self) -> bool {
        let word = self.text;
        self.listing.on(ADVERB)
            || (word.len() > 4
                && word.ends_with("ly")
                && !matches!(
                    word,
                    "family"
                        | "supply"
                        | "apply"
                        | "reply"
                        | "fly"
                        | "only"
                        | "early"
                        | "daily"
                        | "assembly"
                        | "anomaly"
                        | "butterfly"
                        | "monopoly"
                        | "italy"
                        | "jelly"
                        | "belly"
                        | "rally"
                        | "ally"
                        | "holy"
                        | "july"
                ))
    }

    /// Any function word: determiner, pronoun, preposition, conjunction, subordinator,
    /// auxiliary.
    pub fn is_function_word(self) -> bool {
        self.listing.on(FUNCTION)
    }

    /// A word never worth hiding or asking for on its own.
    pub fn is_stop_word(self) -> bool {
        self.listing.on(FUNCTION | ADVERB)
    }

    /// A word that can carry content: not a function word, adverb, or auxiliary.
    pub fn is_content(self) -> bool {
        !self.is_stop_word() && !self.is_adverb()
    }

    /// A word too vague to be a card's whole answer ("type", "process", "important").
    pub fn is_vague(self) -> bool {
        self.listing.on(VAGUE_WORD)
    }

    /// A word that judges or hedges rather than states a fact ("promising", "approach").
    pub fn is_evaluative(self) -> bool {
        self.listing.on(EVALUATIVE_WORD)
    }

    /// A content word that says something of what a card asks: neither vague nor evaluative.
    pub fn tells(self) -> bool {
        self.is_content() && !self.is_vague() && !self.is_evaluative()
    }

    /// The base form of a known verb form: "causes" -> "cause", "led" -> "lead", "studied" ->
    /// "study".
    pub fn verb_base(self) -> Option<&'static str> {
        if let Some(base) = self.listing.entry.irregular_base {
            return Some(base);
        }
        if self.listing.on(VERB) {
            return self.listing.listed;
        }
        inflected_verb_base(self.text)
    }

    /// A word that is (a form of) a known verb.
    pub fn is_verb(self) -> bool {
        self.verb_base().is_some()
    }

    /// A past participle of a known verb ("caused", "made", "known").
    pub fn is_participle(self) -> bool {
        let word = self.text;
        (word.ends_with("ed") || word.ends_with("en") || word.ends_with("wn")) && self.is_verb()
            || self.listing.entry.irregular_base.is_some()
    }
}

/// The base form `word` names in the verb list, as a `'static` string.
fn known_verb(word: &str) -> Option<&'static str> {
    let listing = Listing::of(word);
    listing.listed.filter(|_| listing.on(VERB))
}

/// The listed base of an -s, -d or -ing form of a verb ("promoting" -> "promote"), for a word
/// that is not itself listed as a verb or an irregular form.
fn inflected_verb_base(word: &str) -> Option<&'static str> {
    // Only -s, -d and -ing forms can be inflections of a listed verb.
    if !(word.ends_with('s') || word.ends_with('d') || word.ends_with("ing")) {
        return None;
    }
    // The candidate bases in the order they are tried: the word minus a suffix, plus an ending
    // for "-ies"/"-ied" ("studies" -> "study") and "-ing" ("promoting" -> "promote"). Only
    // those are written out, into one buffer.
    let mut respelled = String::new();
    for (suffix, ending) in [
        ("s", ""),
        ("es", ""),
        ("ies", "y"),
        ("d", ""),
        ("ed", ""),
        ("ied", "y"),
        ("ing", ""),
        ("ing", "e"),
    ] {
        let Some(stripped) = word.strip_suffix(suffix) else {
            continue;
        };
        // A bare "-d" ends only a base in "e" ("caused"): "wind" is not "win" + "d"; nor a base
        // whose past is irregular: "seed" is not "see" + "d".
        if suffix == "d" && (!stripped.ends_with('e') || matches!(stripped, "see" | "flee")) {
            continue;
        }
        let cand = if ending.is_empty() {
            stripped
        } else {
            respelled.clear();
            respelled.push_str(stripped);
            respelled.push_str(ending);
            respelled.as_str()
        };
        if let Some(base) = known_verb(cand) {
            return Some(base);
        }
        // Doubled consonant: "stopped" -> "stopp" -> "stop".
        let mut chars = cand.chars();
        if let (Some(last), Some(prev)) = (chars.next_back(), chars.next_back())
            && last == prev
        {
            let shorter = &cand[..cand.len() - last.len_utf8()];
            if let Some(base) = known_verb(shorter) {
                return Some(base);
            }
        }
    }
    None
}

/// An adverb that grades an adjective: "very", "so", "extremely".
pub fn is_degree_adverb(word: &str) -> bool {
    matches!(
        word,
        "very" | "so" | "too" | "quite" | "extremely" | "rather" | "fairly" | "really"
    )
}

/// A word that makes a number approximate: "about 100 kilometers", "roughly 40,000".
pub fn is_approximator(word: &str) -> bool {
    matches!(
        word,
        "about" | "around" | "nearly" | "almost" | "approximately" | "roughly"
    )
}

/// A comparative that says how, not what: "faster", "more", "higher".
pub fn is_comparative(word: &str) -> bool {
    // Every word listed ends in "-er" but "more", "less" and "worse": most words are passed
    // over here.
    if !(word.ends_with("er") || matches!(word, "more" | "less" | "worse")) {
        return false;
    }
    matches!(
        word,
        "faster"
            | "slower"
            | "more"
            | "less"
            | "higher"
            | "lower"
            | "better"
            | "worse"
            | "longer"
            | "shorter"
            | "larger"
            | "smaller"
            | "easier"
            | "quicker"
            | "greater"
            | "stronger"
            | "weaker"
            | "farther"
            | "further"
            | "older"
            | "younger"
            | "warmer"
            | "colder"
            | "hotter"
            | "cooler"
            | "denser"
            | "thicker"
            | "thinner"
            | "closer"
            | "bigger"
            | "wider"
            | "narrower"
            | "deeper"
            | "shallower"
            | "heavier"
            | "brighter"
            | "darker"
            | "louder"
            | "steeper"
    )
}

/// A superlative of a listed comparative ("oldest", "largest", "hottest").
pub fn is_superlative(word: &str) -> bool {
    word.strip_suffix("est")
        .is_some_and(|stem| is_comparative(&[stem, "er"].concat()))
}

/// An article or other determiner ("the", "these", "many").
pub fn is_determiner(word: &str) -> bool {
    Word::new(word).is_determiner()
}

/// A pronoun ("it", "they", "this").
pub fn is_pronoun(word: &str) -> bool {
    Word::new(word).is_pronoun()
}

/// A word that, opening a sentence, refers back to an earlier one.
pub fn is_anaphor(word: &str) -> bool {
    Word::new(word).is_anaphor()
}

/// A preposition ("of", "in", "through").
pub fn is_preposition(word: &str) -> bool {
    Word::new(word).is_preposition()
}

/// A coordinating conjunction ("and", "or").
pub fn is_conjunction(word: &str) -> bool {
    Word::new(word).is_conjunction()
}

/// A subordinating word or relative pronoun ("because", "which", "when").
pub fn is_subordinator(word: &str) -> bool {
    Word::new(word).is_subordinator()
}

/// A form of be/have/do or a modal verb.
pub fn is_auxiliary(word: &str) -> bool {
    Word::new(word).is_auxiliary()
}

/// A word (lower case) that a number after it goes on rather than starting a quantity of its
/// own: an ordinal or the like ("the past 25 million years", "the first two stages", "at least
/// two parts", "the number three") or a label ("a magnitude 7 quake", "Figure 3.20 shows").
pub fn number_goes_on(word: &str) -> bool {
    matches!(
        word,
        "past"
            | "last"
            | "least"
            | "next"
            | "first"
            | "other"
            | "only"
            | "top"
            | "same"
            | "number"
            | "magnitude"
            | "chromosome"
            | "figure"
            | "fig"
            | "table"
            | "chapter"
            | "section"
            | "lesson"
            | "example"
            | "equation"
            | "step"
            | "type"
    )
}

/// A number written as a word, one to ten ("three").
pub fn is_number_word(word: &str) -> bool {
    matches!(
        word,
        "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    )
}

/// An article or a possessive, which opens a noun phrase (lower case): "the", "a", "an",
/// "its", "their", "his", "her", "our", "your".
pub fn is_article_or_possessive(word: &str) -> bool {
    matches!(
        word,
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "your"
    )
}

/// A form of "be".
pub fn is_be(word: &str) -> bool {
    matches!(
        word,
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "am"
    )
}

/// A modal verb ("can", "may").
pub fn is_modal(word: &str) -> bool {
    matches!(
        word,
        "can" | "could" | "may" | "might" | "must" | "shall" | "should" | "will" | "would"
    )
}

/// A known adverb, or a word ending in "-ly" that is not a known noun/adjective.
pub fn is_adverb(word: &str) -> bool {
    Word::new(word).is_adverb()
}

/// Any function word: determiner, pronoun, preposition, conjunction, subordinator, auxiliary.
pub fn is_function_word(word: &str) -> bool {
    Word::new(word).is_function_word()
}

/// A word never worth hiding or asking for on its own.
pub fn is_stop_word(word: &str) -> bool {
    Word::new(word).is_stop_word()
}

/// A word too vague to be a card's whole answer ("type", "process", "important").
pub fn is_vague(word: &str) -> bool {
    Word::new(word).is_vague()
}

/// An adjective read with `preposition` after it ("parallel to", "due to", "separate from"),
/// which ends the noun phrase before it.
pub fn takes_preposition(word: &str, preposition: &str) -> bool {
    match preposition {
        "to" => matches!(
            word,
            "due"
                | "closer"
                | "nearer"
                | "parallel"
                | "perpendicular"
                | "similar"
                | "equal"
                | "close"
                | "next"
                | "prior"
                | "according"
                | "opposite"
                | "adjacent"
                | "relative"
                | "proportional"
                | "comparable"
                | "identical"
                | "susceptible"
                | "resistant"
                | "sensitive"
                | "vulnerable"
                | "exposed"
                | "related"
                | "attached"
                | "connected"
                | "contrary"
                // "an army of cells ready to fight": an adjective after its noun.
                | "ready"
                | "able"
                | "unable"
                | "likely"
                | "unlikely"
                | "necessary"
                | "unique"
        ),
        // "a feeding system unique among animals".
        "among" => matches!(
            word,
            "unique" | "common" | "rare" | "widespread" | "popular"
        ),
        "from" => matches!(
            word,
            "separate" | "different" | "distinct" | "free" | "away" | "isolated" | "absent" | "far"
        ),
        _ => false,
    }
}

/// An adjective that, after a noun and before `preposition`, describes the noun from behind:
/// "high temperatures [deep] in the crust", "the substance [present] in greater quantity",
/// "air [high] above the ground". (Alone after "be" it is the predicate: "are soluble in".)
pub fn trails_noun(word: &str, preposition: &str) -> bool {
    match preposition {
        "in" => matches!(
            word,
            "deep" | "rich" | "poor" | "abundant" | "soluble" | "insoluble" | "present"
        ),
        "below" | "beneath" | "under" | "underneath" | "within" | "inside" | "above" => {
            matches!(word, "deep" | "far" | "high" | "low")
        }
        _ => false,
    }
}

/// A verb whose object is the subject of an infinitive after it: "cause X to dilate".
pub fn is_causative(base: &str) -> bool {
    matches!(
        base,
        "cause" | "allow" | "enable" | "help" | "force" | "let" | "permit"
    )
}

/// A verb read with an infinitive after "to" ("appear to", "need to", "cause X to"), where
/// "to" does not start a noun.
pub fn takes_infinitive(base: &str) -> bool {
    is_causative(base)
        || matches!(
            base,
            "appear"
                | "seem"
                | "tend"
                | "try"
                | "need"
                | "want"
                | "begin"
                | "start"
                | "continue"
                | "fail"
                | "have"
                | "use"
                | "plan"
                | "learn"
                | "choose"
                | "decide"
                | "hope"
                | "expect"
                | "manage"
                | "attempt"
                | "require"
                | "design"
                | "adapt"
                | "evolve"
                | "work"
                | "act"
                | "serve"
                | "function"
                | "go"
                | "come"
                | "move"
        )
}

/// An "-s" form that is only ever a verb, never a plural noun: "consists", "exists".
pub fn is_verb_only_s_form(word: &str) -> bool {
    word.strip_suffix('s').is_some_and(|base| {
        matches!(
            base,
            "consist"
                | "exist"
                | "occur"
                | "contain"
                | "require"
                | "become"
                | "seem"
                | "appear"
                | "belong"
                | "depend"
                | "differ"
                | "involve"
                | "allow"
                | "enable"
                | "prevent"
                | "produce"
                | "provide"
                | "absorb"
                | "emit"
                | "transmit"
                | "affect"
                | "protect"
                | "consume"
                | "convert"
                | "generate"
                | "destroy"
                | "determine"
                | "receive"
                | "dissolve"
                | "evaporate"
                | "erupt"
                | "collide"
                | "vibrate"
                | "attract"
                | "repel"
                | "come"
                | "go"
                | "give"
                | "take"
                | "tend"
                | "include"
        )
    })
}

/// A word that judges or hedges rather than states a fact ("promising", "approach").
pub fn is_evaluative(word: &str) -> bool {
    Word::new(word).is_evaluative()
}

/// The base form of a known verb form: "causes" -> "cause", "led" -> "lead", "studied" -> "study".
pub fn verb_base(word: &str) -> Option<&'static str> {
    Word::new(word).verb_base()
}

/// A word that is (a form of) a known verb.
pub fn is_verb(word: &str) -> bool {
    Word::new(word).is_verb()
}

/// A past participle of a known verb ("caused", "made", "known").
pub fn is_participle(word: &str) -> bool {
    Word::new(word).is_participle()
}

/// Which ASCII bytes a word is made of: letters and digits, and with `hyphen` the hyphen.
const fn word_bytes(hyphen: bool) -> [bool; 128] {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || hyphen && c == b'-';
        b += 1;
    }
    table
}

static WORD_BYTES: [bool; 128] = word_bytes(false);
static WORD_BYTES_HYPHEN: [bool; 128] = word_bytes(true);

/// True for a character [`runs`] keeps in a run: alphanumeric, or a hyphen with `hyphen`.
pub fn in_run(c: char, hyphen: bool) -> bool {
    c.is_alphanumeric() || hyphen && c == '-'
}

/// The maximal runs of alphanumeric characters (and hyphens, with `hyphen`), in order: what
/// `text.split(|c| !in_run(c, hyphen)).filter(|w| !w.is_empty())` gives, read a byte at a time
/// (and looked up in a table) where the text is ASCII.
pub fn runs(text: &str, hyphen: bool) -> Runs<'_> {
    Runs {
        text,
        pos: 0,
        ascii: if hyphen {
            &WORD_BYTES_HYPHEN
        } else {
            &WORD_BYTES
        },
    }
}

/// The iterator of [`runs`].
#[derive(Debug, Clone)]
pub struct Runs<'a> {
    text: &'a str,
    pos: usize,
    ascii: &'static [bool; 128],
}

impl<'a> Iterator for Runs<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        let mut start = None;
        let mut i = self.pos;
        while let Some(&b) = bytes.get(i) {
            let (kept, len) = match self.ascii.get(usize::from(b)) {
                Some(&kept) => (kept, 1),
                None => {
                    let c = self.text.get(i..)?.chars().next()?;
                    (c.is_alphanumeric(), c.len_utf8())
                }
            };
            if kept {
                start.get_or_insert(i);
            } else if let Some(s) = start {
                self.pos = i + len;
                return self.text.get(s..i);
            }
            i += len;
        }
        self.pos = bytes.len();
        start.and_then(|s| self.text.get(s..))
    }
}

/// `word` in lower case, exactly as [`str::to_lowercase`] gives it, borrowed when it already is
/// (ASCII without capitals, the common case).
pub fn lowercase(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// Appends [`lowercase`]`(word)` to `out`; an ASCII word is lower-cased on the way, without a
/// copy of its own.
pub fn push_lowercase(out: &mut String, word: &str) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
    } else {
        out.push_str(&word.to_lowercase());
    }
}

/// A crude stem for comparing words: lower case, common suffixes off. Borrowed from `word`
/// when that is already lower case and no suffix is rewritten.
pub fn stem(word: &str) -> Cow<'_, str> {
    match lowercase(word) {
        Cow::Borrowed(w) => stem_lowercase(w),
        Cow::Owned(w) => Cow::Owned(stem_lowercase(&w).into_owned()),
    }
}

/// [`stem`] of a word already in lower case, borrowed from it unless a suffix is rewritten
/// ("studies" -> "study").
pub fn stem_lowercase(w: &str) -> Cow<'_, str> {
    for suffix in [
        "ational", "ization", "ations", "ation", "ments", "ment", "ness", "ities", "ity", "ings",
        "ing", "ied", "ed", "ly",
    ] {
        if w.len() > suffix.len() + 3
            && let Some(base) = w.strip_suffix(suffix)
        {
            return Cow::Borrowed(base);
        }
    }
    if w.len() > 4
        && let Some(base) = w.strip_suffix("ies")
    {
        return Cow::Owned(format!("{base}y"));
    }
    if w.len() > 4
        && let Some(base) = w.strip_suffix("es")
        && (base.ends_with(['s', 'x', 'z'])
            || base.ends_with("ch")
            || base.ends_with("sh")
            // "volcanoes", "tornadoes"; not "shoes", "canoes".
            || base.ends_with('o') && !matches!(w, "shoes" | "canoes" | "floes" | "oboes"))
    {
        return Cow::Borrowed(base);
    }
    if w.len() > 3
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && let Some(base) = w.strip_suffix('s')
    {
        return Cow::Borrowed(base);
    }
    Cow::Borrowed(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verb_forms_map_to_their_base() {
        assert_eq!(verb_base("causes"), Some("cause"));
        assert_eq!(verb_base("caused"), Some("cause"));
        assert_eq!(verb_base("studied"), Some("study"));
        assert_eq!(verb_base("led"), Some("lead"));
        assert_eq!(verb_base("promoting"), Some("promote"));
        assert_eq!(verb_base("stopped"), Some("stop"));
        assert_eq!(verb_base("liver"), None);
        // "a thick seed coat": the past of "see" is "saw".
        assert_eq!(verb_base("seed"), None);
        assert_eq!(verb_base("used"), Some("use"));
    }

    #[test]
    fn the_word_table_answers_for_every_list() {
        type Question = fn(&str) -> bool;
        let lists: [(&[&str], Question); 6] = [
            (DETERMINERS, is_determiner),
            (PRONOUNS, is_pronoun),
            (PREPOSITIONS, is_preposition),
            (CONJUNCTIONS, is_conjunction),
            (SUBORDINATORS, is_subordinator),
            (AUXILIARIES, is_auxiliary),
        ];
        for (list, is) in lists {
            for w in list {
                assert!(is(w) && is_function_word(w) && is_stop_word(w), "{w}");
            }
        }
        assert!(EXTRA_FUNCTION.iter().all(|w| is_function_word(w)));
        assert!(ANAPHORS.iter().all(|w| is_anaphor(w)));
        assert!(ADVERBS.iter().all(|w| is_adverb(w) && is_stop_word(w)));
        assert!(VAGUE.iter().all(|w| is_vague(w)));
        assert!(EVALUATIVE.iter().all(|w| is_evaluative(w)));
        let irregular = |w: &str| {
            IRREGULAR
                .iter()
                .rev()
                .find(|(f, _)| *f == w)
                .map(|(_, b)| *b)
        };
        for w in VERBS {
            assert_eq!(verb_base(w), Some(irregular(w).unwrap_or(w)), "{w}");
        }
        for (form, _) in IRREGULAR {
            assert_eq!(verb_base(form), irregular(form), "{form}");
            assert!(is_participle(form));
        }
        for w in ["liver", "cells", "Liver", "", "the "] {
            assert!(
                !is_stop_word(w) && !is_vague(w) && verb_base(w).is_none(),
                "{w}"
            );
        }
    }

    #[test]
    fn word_map_tells_short_and_long_words_apart() {
        let words = [
            "",
            "a",
            "a\0",
            "\0",
            "ab",
            "abcdefg",
            "abcdefgh",
            "abcdefghi",
            "σας",
            "café",
            "ΣΑΣΑ",
        ];
        let mut map = WordMap::default();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(*map.get_or_insert_with(w, || i), i);
        }
        assert_eq!(map.len(), words.len());
        for (i, w) in words.iter().enumerate() {
            assert_eq!(map.get(w), Some(&i), "{w:?}");
            assert_eq!(*map.get_or_insert_with(w, || 99), i);
        }
        assert_eq!(map.get("abcdefgj"), None);
        assert_eq!(map.get("b"), None);
    }

    proptest::proptest! {
        #[test]
        fn runs_are_split_without_empty_pieces(text in "[ a-zA-Z0-9é–_.,-]{0,30}") {
            for hyphen in [false, true] {
                let expected: Vec<&str> =
                    text.split(|c: char| !in_run(c, hyphen)).filter(|w| !w.is_empty()).collect();
                proptest::prop_assert_eq!(runs(&text, hyphen).collect::<Vec<_>>(), expected);
            }
        }
    }

    #[test]
    fn lowercase_borrows_only_what_is_already_lower() {
        for w in ["liver", "Liver", "MSCs", "3.5", "ΣΑΣ", "café", "Café", ""] {
            assert_eq!(lowercase(w), w.to_lowercase(), "{w}");
            let mut out = String::from("x ");
            push_lowercase(&mut out, w);
            assert_eq!(out, format!("x {}", w.to_lowercase()), "{w}");
        }
        assert!(matches!(lowercase("liver"), Cow::Borrowed(_)));
        assert!(matches!(lowercase("Liver"), Cow::Owned(_)));
    }

    #[test]
    fn stems_compare_plural_and_singular() {
        assert_eq!(stem("Hepatocytes"), stem("hepatocyte"));
        assert_eq!(stem("toxins"), stem("toxin"));
        assert_eq!(stem("volcanoes"), stem("volcano"));
        assert_eq!(stem("canoes"), stem("canoe"));
    }
}
