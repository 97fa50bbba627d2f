// Word lists for the prose. Entries that the taxonomy reads as a skill ("express", "spring",
// "react") are dropped when the prose builder loads them, so adding words here is safe.
#include "vocabulary.hpp"

namespace cvdex::gen {
namespace {

using sv = std::string_view;

constexpr sv build_verbs[] = {
    "Build|Built", "Design|Designed", "Develop|Developed", "Implement|Implemented", "Write|Wrote",
    "Create|Created", "Ship|Shipped", "Deliver|Delivered", "Launch|Launched", "Prototype|Prototyped",
    "Rebuild|Rebuilt", "Rewrite|Rewrote", "Architect|Architected", "Engineer|Engineered", "Assemble|Assembled",
    "Introduce|Introduced", "Set up|Set up", "Put together|Put together", "Extend|Extended", "Redesign|Redesigned",
    "Refactor|Refactored", "Port|Ported", "Productionise|Productionised", "Modernise|Modernised",
    "Replace|Replaced", "Harden|Hardened", "Automate|Automated", "Codify|Codified", "Draft|Drafted",
    "Spearhead|Spearheaded", "Stand up|Stood up", "Bootstrap|Bootstrapped", "Overhaul|Overhauled",
    "Consolidate|Consolidated", "Containerise|Containerised", "Integrate|Integrated", "Instrument|Instrumented",
};
constexpr sv improve_verbs[] = {
    "Cut|Cut", "Reduce|Reduced", "Lower|Lowered", "Shrink|Shrank", "Trim|Trimmed", "Bring down|Brought down",
    "Decrease|Decreased", "Slash|Slashed",
};
constexpr sv run_verbs[] = {
    "Maintain|Maintained", "Operate|Operated", "Run|Ran", "Own|Owned", "Support|Supported",
    "Look after|Looked after", "Administer|Administered", "Keep|Kept", "Monitor|Monitored", "Tune|Tuned",
    "Scale|Scaled", "Upgrade|Upgraded", "Patch|Patched", "Babysit|Babysat", "Steward|Stewarded",
};
constexpr sv lead_verbs[] = {
    "Lead|Led", "Manage|Managed", "Coordinate|Coordinated", "Head|Headed", "Guide|Guided", "Coach|Coached",
    "Drive|Drove", "Steer|Steered", "Chair|Chaired", "Champion|Championed", "Organise|Organised",
};
constexpr sv work_verbs[] = {
    "Work with|Worked with", "Partner with|Partnered with", "Collaborate with|Collaborated with",
    "Pair with|Paired with", "Liaise with|Liaised with", "Team up with|Teamed up with",
    "Consult with|Consulted with", "Sit with|Sat with",
};

constexpr sv adjectives[] = {
    "real-time", "multi-tenant", "event-driven", "customer-facing", "internal", "high-traffic", "low-latency",
    "self-service", "fault-tolerant", "horizontally scalable", "offline-first", "cross-platform", "end-to-end",
    "asynchronous", "idempotent", "zero-downtime", "secure", "accessible", "observable", "resilient", "modular",
    "reusable", "shared", "company-wide", "region-aware", "mobile-friendly", "batch", "streaming", "incremental",
    "near-real-time", "audited", "cost-aware", "privacy-preserving", "multi-region", "serverless", "hybrid",
    "legacy", "greenfield", "home-grown", "bespoke", "lightweight", "high-availability", "compliant",
    "white-label", "tenant-isolated", "versioned", "schema-driven", "config-driven", "data-heavy",
    "latency-sensitive",
    "mission-critical", "regulated", "consumer", "wholesale", "global", "regional", "national", "nightly",
    "weekly", "hourly", "on-premises", "cloud-hosted", "open", "public", "partner-facing", "back-office",
    "front-office", "field", "warehouse", "in-store", "in-app", "cross-team", "distributed", "centralised",
    "federated", "pluggable", "policy-driven", "rule-based", "template-based", "auto-scaling", "geo-replicated",
    "read-heavy", "write-heavy", "append-only", "tamper-evident", "encrypted", "anonymised", "pseudonymised",
    "multilingual", "localised", "real-money", "high-volume", "low-power", "battery-friendly", "touch-friendly",
    "keyboard-first", "voice-enabled", "map-based", "search-driven", "usage-based", "subscription",
    "prepaid", "postpaid", "peer-to-peer", "two-sided", "B2B", "B2C", "omnichannel", "click-and-collect",
    "same-day", "next-day", "cold-chain", "last-mile", "cross-border", "multi-currency", "double-entry",
    "risk-based", "consent-aware", "patient-facing", "clinician-facing", "student-facing", "citizen-facing",
    "driver-facing", "merchant-facing", "agent-facing", "operator-facing", "safety-critical", "fail-safe",
    "deterministic", "reproducible", "stateless", "stateful", "long-running", "short-lived", "bursty",
    "seasonal", "tiered", "sharded", "partitioned", "replicated", "cached", "precomputed", "on-demand",
    "scheduled", "triggered", "guarded", "rate-limited", "throttled", "prioritised", "batched", "compressed",
    "columnar", "denormalised", "normalised", "typed", "well-tested", "documented", "self-healing",
    "audit-ready", "backward-compatible", "battle-tested", "blue-sky", "budget-friendly", "carbon-aware",
    "child-safe", "cloud-agnostic", "colour-blind-friendly", "community-run", "cost-neutral", "crash-proof",
    "customer-owned", "data-driven", "debuggable", "dependency-free", "disposable", "dyslexia-friendly",
    "eco-friendly", "ergonomic", "evidence-based", "explainable", "fine-grained", "first-party",
    "forward-compatible", "future-proof", "general-purpose", "granular", "hand-rolled", "headless",
    "human-readable", "jargon-free", "language-agnostic", "low-bandwidth", "low-code", "machine-readable",
    "metered", "minimal", "mobile-first", "multi-step", "no-frills", "noise-free", "offline-capable",
    "on-call-friendly", "open-ended", "paperless", "plain-language", "portable", "print-friendly", "queue-based",
    "quota-aware", "read-only", "right-sized", "screen-reader-friendly", "self-documenting", "single-tenant",
    "slow-moving", "spreadsheet-driven", "step-by-step", "storage-efficient", "tamper-proof", "third-party",
    "time-boxed", "timezone-aware", "traceable", "two-phase", "unattended", "user-facing", "vendor-neutral",
    "voice-first", "weather-aware", "zero-touch",
};

constexpr sv modifiers[] = {
    "payout", "billing", "shipment-tracking", "claims", "checkout", "onboarding", "fraud-detection", "pricing",
    "inventory", "booking", "settlement", "reconciliation", "ledger", "invoicing", "subscription", "loyalty",
    "search", "recommendation", "notification", "messaging", "chat", "identity", "authentication", "permissions",
    "audit", "reporting", "forecasting", "routing", "dispatch", "scheduling", "rostering", "payroll", "expenses",
    "procurement", "catalogue", "product-listing", "order-management", "returns", "refunds", "chargeback",
    "dispute", "underwriting", "quoting", "policy-administration", "risk-scoring", "credit-decisioning",
    "collections", "treasury", "trading", "market-data", "position-keeping", "clearing", "custody", "KYC",
    "anti-money-laundering", "sanctions-screening", "telemetry", "sensor-ingestion", "metering", "smart-meter",
    "grid-balancing", "charging", "fleet-management", "telematics", "ride-matching", "tolling", "ticketing",
    "timetable", "journey-planning", "parking", "map-tile", "geocoding", "address-lookup", "weather", "tide",
    "crop-monitoring", "irrigation", "livestock", "patient-flow", "appointment", "prescription", "lab-results",
    "triage", "referral", "clinical-trial", "consent", "medical-imaging", "e-learning", "enrolment", "grading",
    "timetabling", "library", "exam-results", "content-management", "publishing", "paywall", "ad-serving",
    "ad-bidding", "attribution", "analytics", "A/B-testing", "experimentation", "feature-flag", "configuration",
    "secrets", "certificate", "backup", "disaster-recovery", "log-shipping", "metrics", "tracing", "alerting",
    "on-call", "incident", "status-page", "capacity-planning", "cost-allocation", "chargeback-reporting",
    "deployment", "release", "build", "artifact", "dependency", "licence-compliance", "vulnerability-scanning",
    "access-review", "data-retention", "data-quality", "data-catalogue", "lineage", "feature-store",
    "model-serving", "model-monitoring", "labelling", "annotation", "evaluation", "ranking", "personalisation",
    "translation", "transcription", "speech", "document-scanning", "OCR", "e-signature", "contract",
    "case-management", "ticket-triage", "customer-support", "call-centre", "CRM", "lead-scoring", "marketing",
    "email-campaign", "newsletter", "referral-programme", "gift-card", "voucher", "promotion", "basket",
    "wishlist", "review", "rating", "moderation", "trust-and-safety", "spam-filtering", "abuse-reporting",
    "warehouse-picking", "pick-and-pack", "slotting", "yard-management", "customs", "freight-quote",
    "container-tracking", "port-call", "vessel-tracking", "flight-operations", "crew-scheduling", "baggage",
    "hotel-booking", "travel-search", "itinerary", "event-ticketing", "seat-map", "venue", "streaming-rights",
    "royalty", "music-catalogue", "video-transcoding", "thumbnail", "image-resizing", "asset-pipeline",
    "level-streaming", "matchmaking", "leaderboard", "save-game", "replay", "anti-cheat", "in-game-store",
    "firmware-update", "bootloader", "motor-control", "power-management", "sensor-fusion", "calibration",
    "diagnostics", "fault-logging", "over-the-air", "device-provisioning", "pairing", "tenant-provisioning",
    "user-provisioning", "single-sign-on", "password-reset", "session", "rate-limiting", "quota", "usage-metering",
    "invoicing-export", "tax-calculation", "VAT", "currency-conversion", "FX", "remittance", "wallet", "top-up",
    "agent-network", "USSD", "SMS", "push-notification", "deep-link", "onboarding-funnel", "sign-up",
    "survey", "feedback", "NPS", "donation", "grant-management", "volunteer-rota", "membership", "election-results",
    "planning-application", "housing-repairs", "council-tax", "benefits", "pension", "HR", "recruitment",
    "applicant-tracking", "interview-scheduling", "skills-matrix", "timesheet", "leave-booking",
    "allotment", "auction", "bakery", "barcode", "bike-share", "blood-bank", "boarding", "bookkeeping", "broadband",
    "budgeting", "bursary", "calendar", "campaign", "canteen", "carpool", "cashback", "census", "charity-shop",
    "check-in", "cinema", "classroom", "clearance", "coupon", "crowdfunding", "curriculum", "cycling",
    "debt-recovery", "delivery-slot", "depot", "dispensary", "dormitory", "drone-survey", "e-commerce",
    "electricity-tariff", "emissions", "energy-trading", "escrow", "estate-agency", "exhibition", "fertiliser",
    "fishing-quota", "flood-warning", "footfall", "forestry", "franchise", "freight-matching", "fuel-card",
    "funeral-planning", "garage", "gas-meter", "genome", "gig-economy", "gym-membership", "harbour-master",
    "heat-pump", "helpdesk", "hire-purchase", "holiday-letting", "hospice", "hostel", "household-survey",
    "housing-benefit", "ice-rink", "immigration-case", "infusion", "insurance-broker", "interpreter-booking",
    "invoice-factoring", "irrigation-scheduling", "jewellery", "jury-summons", "kennel", "kindergarten", "kiosk",
    "laboratory-booking", "land-registry", "laundry", "lease", "legal-aid", "library-loan", "lifeguard-rota",
    "lift-maintenance", "livestock-auction", "loan-servicing", "locker", "lost-property", "lottery-draw",
    "mailroom", "maintenance-ticket", "marina", "market-stall", "maternity", "meal-kit", "meter-reading",
    "microfinance", "milk-collection", "minibus", "mortgage-application", "museum-ticketing", "nursery", "odometer",
    "oncology", "optician", "orchard", "organ-donation", "overdraft", "package-tracking", "paint-mixing", "pallet",
    "parcel-locker", "parish", "pawnbroking", "pedometer", "pet-insurance", "petrol-station", "pharmacy-stock",
    "photo-printing", "physiotherapy", "pizza-ordering", "planning-permit", "playground", "plumbing",
    "podcast-hosting", "police-report", "pollen-forecast", "postcode-lookup", "pothole-reporting", "poultry",
    "prepayment", "print-on-demand", "prison-visit", "probate", "property-listing", "public-toilet", "pub-quiz",
    "quarry-blasting", "radiology", "railcard", "rainfall", "recycling-collection", "refill-station", "regatta",
    "rehearsal", "rent-collection", "repair-shop", "rescue-shelter", "reservoir", "retirement-planning",
    "ride-pooling", "road-gritting", "roofing", "rota", "sailing-club", "salary-advance", "salon-booking",
    "sample-tracking", "school-meal", "scrap-metal", "season-ticket", "seed-bank", "self-storage", "sewage",
    "shelter-booking", "shipyard", "shoe-sizing", "ski-pass", "smart-lock", "snow-clearing", "solar-panel",
    "spare-parts", "speed-camera", "sports-league", "stadium", "stamp-duty", "stationery", "steelworks",
    "stock-take", "street-lighting", "student-loan", "sugar-beet", "supermarket", "surgery-scheduling",
    "swimming-lesson", "tachograph", "tailoring", "tattoo-booking", "taxi-dispatch", "tea-plantation", "telehealth",
    "tenancy", "textile-dyeing", "theatre-booking", "timber", "tide-table", "toll-road", "tour-booking",
    "toy-recall", "tractor-telematics", "tram", "traffic-signal", "training-course", "translation-memory",
    "tree-survey", "trial-balance", "tutoring", "tyre-fitting", "umbrella-insurance", "university-admissions",
    "vaccination", "valet-parking", "vending-machine", "vineyard", "visa-application", "voter-registration",
    "waiting-list", "warranty-claim", "water-meter", "wedding-planning", "welding", "wheelchair-booking",
    "wildlife-survey", "wind-farm", "windscreen-repair", "wine-cellar", "workshop-booking", "yoga-class",
    "zoo-ticketing", "accrual", "adjudication", "admissions", "advert", "affiliate", "allergen", "amortisation",
    "annuity", "appraisal", "apprenticeship", "arrears", "asset-tagging", "attendance", "audition", "backorder",
    "baggage-claim", "bailiff", "banquet", "bereavement", "bidding", "biometric", "blueprint", "bonus", "bottling",
    "branch-network", "brokerage", "bunkering", "buyback", "callout", "cancellation", "capacity", "cash-flow",
    "casualty", "catchment", "certification", "chargepoint", "checkout-queue", "circulation", "citation",
    "claim-triage", "cleaning-rota", "clinical-coding", "closing", "co-payment", "collateral", "commission",
    "commuter", "compliance-training", "concession", "consignment", "consumables", "contractor-vetting",
    "conveyancing", "cooling", "coverage", "credit-note", "cremation", "crew-rostering", "cross-docking", "cutover",
    "damage-report", "dashcam", "dealership", "decommissioning", "deductible", "defect", "delinquency", "demurrage",
    "deposit", "depreciation", "despatch", "detention", "diary", "dividend", "docking", "donor-matching", "dosage",
    "drawdown", "dunning", "earnings", "easement", "eligibility", "embargo", "endorsement", "energy-audit",
    "enrolment-form", "entitlement", "estimate", "eviction", "excise", "expedition", "export-licence", "fare",
    "fee-schedule", "field-visit", "filing", "fitting", "fixture", "fleet-fuel", "forecourt", "foreclosure",
    "freight-audit", "fulfilment", "fundraising", "garnishment", "gate-pass", "grant", "grievance", "groundworks",
    "guarantee", "handover", "hardship", "headcount", "hedging", "hiring-plan", "holdback", "hotline", "imaging",
    "impound", "incentive", "induction", "inspection", "instalment", "inventory-count", "itinerary-change",
    "jobsheet", "journal", "kitting", "labelling", "landing-slot", "lapse", "layaway", "ledger-close", "levy",
    "licensing", "lien", "loading-bay", "logbook", "lookup", "maintenance-window", "manifest", "markdown-pricing",
    "matchday", "medication", "membership-renewal", "mileage", "mooring", "moving-house", "nomination",
    "notice-period", "occupancy", "offboarding", "onboarding-call", "order-picking", "overbooking", "overtime",
    "packing-list", "parking-permit", "passport", "patrol", "payout-schedule", "penalty", "pension-transfer",
    "permit", "picking-route", "pledge", "pod-delivery", "policy-renewal", "premium", "prescription-refill",
    "procurement-card", "pro-rata", "purchase-order", "quarantine", "queueing", "quotation", "rebate", "recall",
    "reconciliation-run", "redundancy", "referral-fee", "refurbishment", "registration", "reimbursement",
    "reinsurance", "relocation", "remittance-advice", "renewal", "repossession", "requisition", "reservation",
    "resit", "restock", "retainer", "returns-label", "revaluation", "roster", "royalty-statement", "salvage",
    "sampling", "seating", "settlement-file", "shift-swap", "shortlist", "signage", "sizing", "sponsorship",
    "staffing", "stocktake", "subrogation", "substitution", "sub-letting", "surcharge", "surrender", "survey-panel",
    "takeover", "tariff", "tendering", "tenure", "timesheet-approval", "tipping", "toll", "trade-in", "transfer",
    "transit", "tuition", "turnaround", "underpayment", "upgrade-path", "vacancy", "valuation", "vendor-onboarding",
    "venue-hire", "verification", "visitor", "voucher-redemption", "waitlist", "waiver", "warehouse-slotting",
    "wastage", "wayleave", "withdrawal", "write-off", "yard-slot", "yield",
};

constexpr sv generic_components[] = {
    "service", "pipeline", "API", "dashboard", "scheduler", "gateway", "engine", "platform", "backend",
    "library", "command-line tool", "worker", "queue consumer", "cache layer", "search index", "data model",
    "test suite", "build system", "deployment tooling", "monitoring stack", "alerting rules", "job runner",
    "admin console", "reporting tool", "webhook handler", "batch job", "integration layer", "adapter",
    "proxy", "rules engine", "workflow engine", "state machine", "event bus", "data store", "import tool",
    "export job", "sync job", "migration tooling", "back office", "portal", "microsite", "widget",
    "plug-in", "extension", "client", "web app", "desktop app", "mobile app", "kiosk app", "bot",
    "form builder", "survey tool", "chatbot", "price engine", "matching engine", "sitemap generator", "scraper",
    "crawler", "importer", "exporter", "validator", "formatter", "notifier", "dispatcher", "aggregator",
    "reconciler", "allocator", "estimator", "planner", "optimiser", "simulator", "emulator", "tracker", "recorder",
    "replayer", "archiver", "indexer", "resolver", "router", "throttler", "sandbox", "wizard", "calculator",
    "configurator", "marketplace", "scheduler daemon", "watchdog", "heartbeat monitor", "health checker",
    "cost tracker", "label printer integration", "barcode scanner app", "receipt printer driver", "tablet app",
    "voice assistant", "map overlay", "timeline view", "audit log", "consent banner", "cookie manager",
    "pricing page", "help centre", "status dashboard", "feedback widget", "onboarding checklist",
    "approval workflow", "rules table", "data room", "document store", "mail merge", "report generator",
    "spreadsheet importer", "chart renderer", "thumbnail service", "geofence service", "route planner",
    "slot booker", "queue manager", "ticket printer", "loyalty wallet", "voucher engine", "quote builder",
    "contract generator", "e-invoicing gateway", "tax filer", "payslip generator",
};
constexpr sv backend_components[] = {"REST API", "payment service", "order service", "authorisation service",
                                     "message broker setup", "service mesh", "domain model", "read model",
                                     "write path", "outbox processor", "idempotency layer", "retry policy",
                                     "API gateway", "rate limiter", "webhook dispatcher", "event store"};
constexpr sv frontend_components[] = {"single-page app", "design system", "component library", "checkout flow",
                                      "sign-up flow", "settings page", "landing page", "form library",
                                      "data grid", "chart library", "micro-frontend", "style guide",
                                      "storefront", "editor", "booking flow", "account area"};
constexpr sv data_components[] = {"ingestion pipeline", "data warehouse", "lakehouse", "star schema",
                                  "ETL job", "ELT model", "data mart", "CDC pipeline", "streaming job",
                                  "orchestration layer", "data-quality check", "semantic layer", "extract",
                                  "nightly load", "reporting layer", "dimension table"};
constexpr sv ml_components[] = {"model", "classifier", "ranking model", "forecasting model", "embedding index",
                                "training pipeline", "evaluation harness", "labelling tool", "inference service",
                                "feature pipeline", "detection model", "segmentation model", "recommender",
                                "anomaly detector", "retrieval system", "fine-tuning workflow"};
constexpr sv devops_components[] = {"cluster", "control plane", "CI pipeline", "deployment pipeline",
                                    "landing zone", "VPN setup", "load balancer setup", "DNS setup",
                                    "logging pipeline", "metrics pipeline", "golden image", "base image",
                                    "runner fleet", "autoscaling policy", "backup system", "on-call tooling"};
constexpr sv mobile_components[] = {"app", "offline sync", "push pipeline", "onboarding screens",
                                    "payments screen", "camera module", "map screen", "widget",
                                    "watch app", "deep-link router", "release train", "crash reporting",
                                    "feature module", "navigation layer", "login flow", "in-app purchase flow"};
constexpr sv embedded_components[] = {"firmware", "driver", "bootloader", "board support package",
                                      "sensor driver", "motor controller", "power manager", "RTOS port",
                                      "HAL", "flash layout", "update agent", "test rig", "hardware-in-the-loop rig",
                                      "protocol stack", "DMA handler", "watchdog logic"};
constexpr sv qa_components[] = {"regression suite", "end-to-end suite", "smoke tests", "contract tests",
                                "load tests", "visual regression suite", "test harness", "test data generator",
                                "acceptance tests", "device farm", "flaky-test tracker", "test plan",
                                "release checklist", "bug triage board", "test environment", "API test suite"};
constexpr sv security_components[] = {"threat model", "scanner", "SAST pipeline", "secrets scanner",
                                      "access review", "incident playbook", "detection rules", "honeypot",
                                      "bug bounty programme", "hardening baseline", "audit trail", "key rotation",
                                      "SSO rollout", "WAF rules", "red-team exercise", "phishing simulation"};
constexpr sv games_components[] = {"renderer", "asset pipeline", "animation system", "physics layer",
                                   "scripting runtime", "level editor", "shader library", "particle system",
                                   "audio engine", "netcode", "UI framework", "save system", "camera system",
                                   "AI behaviour trees", "build farm", "profiler"};
constexpr sv management_components[] = {"engineering org", "hiring pipeline", "career ladder", "roadmap",
                                        "platform strategy", "budget", "vendor review", "architecture review",
                                        "quarterly planning", "guild", "onboarding programme", "team charter",
                                        "incident review programme", "tech radar", "RFC process", "OKRs"};

constexpr sv domains[] = {
    "retail banking", "insurance", "freight", "e-commerce", "healthcare", "public sector", "energy",
    "telecoms", "logistics", "media", "publishing", "education", "travel", "hospitality", "gaming",
    "advertising", "agriculture", "automotive", "aviation", "shipping", "real estate", "recruitment",
    "fintech", "payments", "lending", "wealth management", "pensions", "mobile money", "remittances",
    "food delivery", "ride hailing", "micromobility", "car sharing", "public transport", "rail",
    "smart grids", "renewables", "solar mini-grids", "oil and gas", "mining", "construction",
    "architecture", "legal services", "accounting", "tax", "HR software", "payroll", "charities",
    "local government", "defence", "space", "satellite imaging", "weather forecasting", "climate data",
    "biotech", "pharma", "clinical research", "diagnostics", "mental health", "fitness", "sports",
    "betting", "lotteries", "music streaming", "video streaming", "podcasting", "newsrooms", "social media",
    "dating", "marketplaces", "second-hand fashion", "luxury goods", "groceries", "pharmacies", "DIY retail",
    "furniture", "home services", "property management", "facilities management", "security services",
    "cybersecurity", "identity verification", "fraud prevention", "customer support", "call centres",
    "market research", "polling", "elections", "museums", "libraries", "archives", "higher education",
    "schools", "online courses", "language learning", "childcare", "elder care", "veterinary care",
    "animal welfare", "conservation", "water utilities", "waste management", "recycling", "ports",
    "warehousing", "cold storage", "courier services", "postal services", "printing", "packaging",
    "textiles", "manufacturing", "robotics", "industrial automation", "semiconductors", "consumer electronics",
    "wearables", "medical devices", "smart homes", "building automation", "parking", "tolling",
    "event ticketing", "live music", "theatre", "film production", "animation", "board games", "esports",
    "aquaculture", "beekeeping", "bookselling", "brewing", "car rental", "catering", "ceramics",
    "chemical engineering", "civil engineering", "cosmetics", "dairy farming", "dentistry", "digital publishing",
    "disaster relief", "drone delivery", "electric vehicles", "event management", "fashion retail",
    "film distribution", "fisheries", "floristry", "food safety", "forestry", "freight forwarding",
    "funeral services", "garden centres", "glassmaking", "hairdressing", "home insurance", "horticulture",
    "humanitarian aid", "hydropower", "interior design", "jewellery retail", "legal tech", "leisure centres",
    "livestock trading", "marine insurance", "meat processing", "microbreweries", "motorsport", "municipal water",
    "nuclear energy", "nursing homes", "office furniture", "opticians", "organic farming", "outdoor advertising",
    "paper mills", "pet care", "photography", "plumbing supplies", "pottery", "precision agriculture",
    "private banking", "property development", "public libraries", "quarrying", "radio broadcasting",
    "refugee services", "rental housing", "road haulage", "sailing schools", "seafood export", "secondhand cars",
    "self-storage", "shipbuilding", "ski resorts", "smart farming", "social housing", "solar farms",
    "spice trading", "sports clubs", "steel production", "sugar refining", "supply chain finance", "surveying",
    "swimming pools", "tea trading", "telemedicine", "textile recycling", "theme parks", "timber trading",
    "toy retail", "trade unions", "train operators", "translation services", "tyre retail", "urban planning",
    "vocational training", "water sports", "wedding services", "wholesale grocery", "wind energy", "wine trading",
};

constexpr sv audiences[] = {
    "merchants", "clinicians", "traders", "field engineers", "warehouse staff", "drivers", "riders",
    "customers", "support agents", "analysts", "data scientists", "product managers", "designers",
    "finance teams", "auditors", "regulators", "students", "teachers", "parents", "patients", "nurses",
    "pharmacists", "farmers", "shop owners", "cashiers", "dispatchers", "planners", "brokers", "underwriters",
    "claims handlers", "loan officers", "call-centre agents", "marketers", "editors", "journalists",
    "researchers", "operators", "technicians", "installers", "developers", "testers", "game designers",
    "level designers", "artists", "sound designers", "producers", "retailers", "wholesalers", "suppliers",
    "carriers", "shippers", "passengers", "travellers", "hotel staff", "event organisers", "volunteers",
    "donors", "case workers", "council staff", "citizens", "tenants", "landlords", "agents", "recruiters",
    "hiring managers", "candidates", "employees", "managers", "executives", "board members", "partners",
    "resellers", "franchisees", "store managers", "area managers", "fleet managers", "site managers",
    "security analysts", "SOC analysts", "on-call engineers", "SREs", "platform teams", "mobile teams",
    "internal teams", "enterprise customers", "small businesses", "freelancers", "creators", "listeners",
    "viewers", "players", "subscribers", "members", "readers", "learners", "mentors", "coaches",
    "auctioneers", "bakers", "bank tellers", "beekeepers", "bus drivers", "caretakers", "caterers", "chefs",
    "child minders", "cleaners", "coastguards", "commuters", "couriers", "crofters", "curators", "dentists",
    "dietitians", "electricians", "estate agents", "factory workers", "ferry crews", "firefighters", "fishermen",
    "florists", "foresters", "gardeners", "geologists", "grocers", "hauliers", "health visitors", "hoteliers",
    "housing officers", "insurers", "interpreters", "janitors", "joiners", "judges", "lab technicians", "lawyers",
    "librarians", "lifeguards", "locksmiths", "machinists", "midwives", "miners", "musicians", "notaries",
    "nutritionists", "opticians", "paramedics", "park rangers", "pilots", "plumbers", "police officers", "porters",
    "postal workers", "probation officers", "publicans", "radiographers", "receptionists", "referees", "roofers",
    "sailors", "scientists", "shepherds", "shipbrokers", "social workers", "solicitors", "surveyors", "tailors",
    "taxi drivers", "tour guides", "translators", "tutors", "umpires", "vets", "waiters", "welders", "winemakers",
    "youth workers", "zookeepers",
};

constexpr sv metrics[] = {
    "p95 latency", "p99 latency", "error rate", "build time", "cloud spend", "page load time", "cold-start time",
    "deployment time", "time to first byte", "memory use", "CPU use", "storage costs", "infrastructure costs",
    "alert noise", "on-call pages", "mean time to recovery", "failed deployments", "test run time",
    "flaky test rate", "crash rate", "app size", "bundle size", "query time", "report runtime",
    "batch window", "data freshness lag", "onboarding time", "time to merge", "review turnaround",
    "support tickets", "manual steps", "duplicate payouts", "chargebacks", "fraud losses", "false positives",
    "churn", "bounce rate", "abandoned baskets", "drop-off in the sign-up funnel", "forecast error",
    "energy use", "battery drain", "frame time", "loading screens", "server costs", "licence costs",
    "release lead time", "security findings", "open vulnerabilities", "patch lag", "backlog",
    "cost per order", "queue depth", "time to resolution", "refund time", "page weight", "carbon footprint",
    "first-response time", "handover time", "paper use", "printing costs", "translation turnaround",
    "picking errors", "stock-outs", "no-shows", "waiting times", "abandoned calls", "overtime hours", "fuel use",
    "empty miles", "late deliveries", "missed appointments", "reconciliation breaks", "manual overrides",
    "data-entry errors", "escalations", "rework", "customer complaints", "failed logins", "password resets",
    "storage footprint",
};

constexpr sv teams[] = {
    "risk", "platform", "customer support", "finance", "data", "mobile", "payments", "growth", "security",
    "infrastructure", "product", "design", "marketing", "operations", "compliance", "legal", "sales",
    "analytics", "research", "QA", "release", "SRE", "networking", "billing", "catalogue", "logistics",
    "warehouse", "fraud", "trust and safety", "onboarding", "identity", "search", "recommendations",
    "content", "editorial", "localisation", "accessibility", "developer experience", "tooling", "build",
    "graphics", "gameplay", "audio", "engine", "hardware", "firmware", "manufacturing", "field service",
    "clinical", "actuarial", "treasury", "procurement", "HR", "people", "facilities", "partnerships",
    "fleet", "kitchen", "studio", "newsroom", "pricing", "retail", "wholesale", "claims", "underwriting", "lending",
    "merchandising", "supply", "planning", "quality", "safety", "maintenance", "dispatch", "growth marketing",
    "customer success", "revenue", "ecommerce", "store operations", "field operations", "clinical systems",
    "laboratory", "archive", "broadcast", "events", "community", "education", "admissions", "alumni", "estates",
    "transport", "energy trading", "sustainability", "investor relations", "internal audit", "risk modelling",
};

constexpr sv artifacts[] = {
    "runbook", "design document", "on-call handbook", "architecture decision records", "coding standard",
    "style guide", "onboarding guide", "API documentation", "migration plan", "rollback plan",
    "incident reports", "post-mortems", "capacity plan", "cost report", "release notes", "test strategy",
    "threat model", "disaster-recovery plan", "service catalogue", "SLO definitions", "dashboards",
    "alerting rules", "playbooks", "training material", "workshop", "internal newsletter", "roadmap",
    "hiring rubric", "interview loop", "career framework", "tech radar", "RFC template", "review checklist",
    "data dictionary", "metric definitions", "benchmark suite", "load-test plan", "support macros",
    "FAQ", "status updates", "quarterly review", "budget forecast",
    "acceptance criteria", "accessibility statement", "brown-bag talks", "budget proposal", "change log",
    "code of conduct", "data protection impact assessment", "deprecation policy", "escalation matrix",
    "experiment log", "glossary", "handover notes", "incident timeline", "interview questions", "kick-off deck",
    "lessons-learned log", "maturity model", "naming conventions", "operating manual", "pairing schedule",
    "performance budget", "post-launch review", "privacy notice", "quarterly letter", "reading list",
    "retention schedule", "risk register", "rota", "runway forecast", "security questionnaire", "sizing guide",
    "stakeholder map", "support rota", "team handbook", "training plan", "upgrade guide", "user guide",
    "vendor scorecard", "wiki",
};

constexpr sv practices[] = {
    "blameless incident reviews", "trunk-based development", "pair programming", "code review",
    "contract testing", "feature flags", "canary releases", "blue-green deployments", "game days",
    "error budgets", "service-level objectives", "design reviews", "architecture reviews", "mob programming",
    "weekly demos", "dogfooding", "bug bashes", "chaos experiments", "property-based testing",
    "mutation testing", "on-call handovers", "lunch-and-learn sessions", "reading groups", "hack weeks",
    "office hours", "release trains", "small reviewable changes", "written proposals", "shadowing",
    "cost reviews", "accessibility audits", "security champions", "threat modelling sessions",
    "dependency updates", "runbook drills", "backup restore drills", "postmortem follow-ups",
    "fortnightly retrospectives", "quarterly planning", "tech-debt budgets",
    "user interviews", "usability testing", "story mapping", "event storming", "impact mapping",
    "dependency audits", "pre-mortems", "ensemble programming", "walking skeletons", "spike solutions",
    "dark launches", "shadow traffic", "load shedding", "rollback rehearsals", "architecture katas", "coding katas",
    "design critiques", "incident simulations", "accessibility reviews", "cost dashboards",
    "on-call retrospectives", "onboarding buddies", "documentation days", "tidy-first refactoring",
    "release checklists",
};

constexpr sv periods[] = {
    " within two quarters", " in six months", " in the first year", " over three releases", " within a year",
    " before the peak season", " ahead of the audit", " in eight weeks", " over two years", " in one sprint",
    " without a code freeze", " with no missed releases", " with no downtime", " during the migration",
    " in the first quarter", " over a long weekend", " across four regions", " for every tier-one service",
};

constexpr sv outcomes[] = {
    ", serving {N} requests per second at peak", ", cutting {k} by {p}%", ", used daily by {n}0 {u}",
    ", processing about {n}0 million events a day", "; {k} dropped by {p}%", ", with no missed overnight runs",
    ", now used by every {t} team", ", saving roughly {n}0 hours a month",
    "; {?build time;deployment time;the nightly run;test run time;the report run} fell from {n}0 to {n} minutes",
    ", handling {n} million transactions a day", ", which let {u} serve themselves",
    ", halving the {t} team's {k}", "; adopted by {n} other teams", ", replacing {n} spreadsheets",
    ", across {n}0 sites", ", for {n} countries", ", in front of {n}0 thousand {u}",
};

struct FamilyComponents {
    Family family;
    std::span<const sv> list;
};

template <std::size_t N>
constexpr std::span<const sv> all(const sv (&items)[N]) {
    return {items, N};
}

constexpr FamilyComponents family_components[] = {
    {Family::backend, all(backend_components)},     {Family::frontend, all(frontend_components)},
    {Family::fullstack, all(frontend_components)},  {Family::data, all(data_components)},
    {Family::ml, all(ml_components)},               {Family::devops, all(devops_components)},
    {Family::mobile, all(mobile_components)},       {Family::embedded, all(embedded_components)},
    {Family::qa, all(qa_components)},               {Family::security, all(security_components)},
    {Family::games, all(games_components)},         {Family::management, all(management_components)},
};

}  // namespace

std::span<const std::string_view> words(WordClass word_class, Family family) {
    switch (word_class) {
        case WordClass::build_verb: return build_verbs;
        case WordClass::improve_verb: return improve_verbs;
        case WordClass::run_verb: return run_verbs;
        case WordClass::lead_verb: return lead_verbs;
        case WordClass::work_verb: return work_verbs;
        case WordClass::adjective: return adjectives;
        case WordClass::modifier: return modifiers;
        case WordClass::component:
            return family == Family::count ? all(generic_components)
                                           : family_components[static_cast<std::size_t>(family)].list;
        case WordClass::domain: return domains;
        case WordClass::audience: return audiences;
        case WordClass::metric: return metrics;
        case WordClass::team: return teams;
        case WordClass::artifact: return artifacts;
        case WordClass::practice: return practices;
        case WordClass::period: return periods;
        case WordClass::outcome: return outcomes;
        case WordClass::count: break;
    }
    return {};
}

}  // namespace cvdex::gen
