// One CV: a person from a naming culture, a family of work, a career timeline, and the text of
// every entry. Skills a text names are recorded as it is written, which is what the truth file
// reports.
#include "cv_builder.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "layout.hpp"
#include "roles.hpp"
#include "timeline.hpp"
#include "winansi.hpp"

namespace cvdex::gen {
namespace {

using sv = std::string_view;

void add_unique(std::vector<std::size_t>& to, std::size_t skill) {
    if (std::find(to.begin(), to.end(), skill) == to.end()) to.push_back(skill);
}

void add_all(std::vector<std::size_t>& to, const std::vector<std::size_t>& from) {
    for (std::size_t s : from) add_unique(to, s);
}

Family pick_family(Rng& rng) {
    constexpr std::uint32_t cumulative[] = {20, 32, 44, 54, 62, 72, 79, 84, 89, 93, 96, 100};
    return static_cast<Family>(rng.weighted(cumulative));
}

const Culture& culture_by_id(sv id) {
    for (const Culture& c : cultures())
        if (c.id == id) return c;
    return cultures().front();
}

// Cyrillic and Japanese-script people write in their language, which only some formats support.
const Culture& pick_culture(Rng& rng, Format format) {
    const Culture& culture = cultures()[rng.weighted(culture_weights())];
    if (culture.id == "ja-jpan" && !supports_locale(format, Locale::ja)) return culture_by_id("ja-latn");
    if (culture.id == "ru-cyrl" && !supports_locale(format, Locale::ru)) return culture_by_id("ru-latn");
    return culture;
}

Locale pick_locale(Rng& rng, const Culture& culture, Format format) {
    if (culture.locale == Locale::en || !supports_locale(format, culture.locale)) return Locale::en;
    if (culture.locale == Locale::ja || culture.locale == Locale::ru) return culture.locale;
    return rng.percent(50) ? culture.locale : Locale::en;
}

std::string email_part(sv text) {
    std::string out;
    for (char c : ascii_fold(text))
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') out += c;
    return out;
}

Person make_person(Rng& rng, const Culture& culture, std::uint64_t number) {
    Person p;
    p.given = std::string(rng.pick(culture.given));
    p.family = std::string(rng.pick(culture.family));
    const bool cjk = culture.locale == Locale::ja && culture.family_first;
    p.name = culture.family_first ? p.family + " " + p.given : p.given + " " + p.family;
    const Place& place = rng.pick(culture.places);
    p.city = std::string(place.city);
    p.country = std::string(place.country);
    std::string handle = email_part(p.given) + "." + email_part(p.family);
    if (handle.size() < 4 || cjk) handle = fmt::format("cv{}", number);
    p.email = handle + (rng.percent(50) ? "@example.org" : "@example.com");
    for (char c : culture.phone) p.phone += c == '#' ? static_cast<char>('0' + rng.below(10)) : c;
    std::string github = handle;
    std::replace(github.begin(), github.end(), '.', '-');
    p.github = "https://github.com/" + github + "-example";
    return p;
}

std::string job_location(Rng& rng, const Culture& culture, const Person& person) {
    const int roll = static_cast<int>(rng.below(100));
    if (roll < 15) return "Remote";
    if (roll < 75) return rng.percent(50) ? person.city : person.city + ", " + person.country;
    const Place& place = rng.pick(culture.places);
    return std::string(place.city) + ", " + std::string(place.country);
}

// A bullet starting with the same three words as one before it ("Mentored 6 junior
// engineers...", "Mentored 7 junior engineers...") reads as a copy.
bool repeats(const std::vector<std::string>& bullets, std::string_view text) {
    auto head = [](std::string_view t) {
        std::size_t end = 0;
        for (int spaces = 0; end < t.size() && spaces < 3; ++end)
            if (t[end] == ' ') ++spaces;
        return t.substr(0, end);
    };
    const std::string_view mine = head(text);
    return std::any_of(bullets.begin(), bullets.end(), [&](const std::string& b) { return head(b) == mine; });
}

bool is_ascii(sv text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string upper_ascii(sv text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    return out;
}

class Builder {
public:
    Builder(std::uint64_t number, const Pools& pools, const BuildOptions& options)
        : rng_(mix_seed(options.seed, number)), pools_(pools), options_(options) {
        cv_.number = number;
        cv_.today = options.today;
        cv_.style_seed = rng_.next();
    }

    Cv build() {
        const Format format = options_.formats[rng_.below(options_.formats.size())];
        culture_ = &pick_culture(rng_, format);
        cv_.layout = choose_layout(rng_, format, pick_locale(rng_, *culture_, format));
        cv_.family = pick_family(rng_);
        cv_.person = make_person(rng_, *culture_, cv_.number);
        // Some CVs in German, French, Spanish or Russian write their bullets in that language too.
        local_prose_ = locale() != Locale::en && locale() != Locale::ja && rng_.percent(60);
        const int core_size = rng_.between(5, 12);
        for (int i = 0; i < core_size * 2 && static_cast<int>(core_.size()) < core_size; ++i)
            add_unique(core_, pools_.catalog.pick(rng_, cv_.family));
        add_jobs();
        add_headline_and_summary();
        add_skill_groups();
        add_activities();
        add_talks();
        add_education();
        add_languages();
        // The standard PDF fonts have only Windows-1252: names and places are written without
        // the letters it lacks, as a CV exported that way reads.
        if (format == Format::pdf) fold_cv_to_winansi(cv_);
        // KOI8-R has no typographic quotes or dashes: such CVs are typed with ASCII ones.
        if (cv_.layout.charset == "KOI8-R") fold_cv(cv_, fold_typography);
        return std::move(cv_);
    }

private:
    Rng rng_;
    const Pools& pools_;
    const BuildOptions& options_;
    const Culture* culture_ = nullptr;
    Cv cv_;
    std::vector<std::size_t> core_;
    bool local_prose_ = false;

    Locale locale() const { return cv_.layout.locale; }
    bool year_only() const { return cv_.layout.date_style == DateStyle::year_only; }

    std::size_t job_skill(bool from_core) {
        if (from_core && !core_.empty()) return core_[rng_.below(core_.size())];
        return pools_.catalog.pick(rng_, cv_.family);
    }

    std::string employer_name() {
        const bool caps = cv_.layout.format == Format::text && cv_.layout.variant == 4;
        for (int attempt = 0; attempt < 8; ++attempt) {
            const std::string& name = pools_.organisations.employer(rng_, culture_->region, locale());
            if (!caps) return name;
            if (is_ascii(name)) return upper_ascii(name);
        }
        return "NORTHWIND LABS";
    }

    void fill_job(Job& job, int bullet_count, int skill_count, bool with_context, bool present) {
        std::vector<std::size_t> wanted;
        for (int i = 0; i < skill_count * 2 && static_cast<int>(wanted.size()) < skill_count; ++i)
            add_unique(wanted, job_skill(rng_.percent(70)));
        add_all(job.skills, pools_.catalog.mentions(job.title));
        if (with_context || rng_.percent(30)) job.context = pools_.prose.job_context(rng_, cv_.family);
        std::size_t next = 0;
        for (int b = 0; b < bullet_count; ++b) {
            const std::size_t remaining = wanted.size() - next;
            const int bullets_left = bullet_count - b;
            std::size_t take = std::min<std::size_t>(remaining, rng_.below(3));
            if (remaining > static_cast<std::size_t>(bullets_left)) take = std::min<std::size_t>(remaining, 2);
            std::span<const std::size_t> skills(wanted.data() + next, take);
            next += take;
            auto draw = [&] {
                return local_prose_ ? pools_.prose.local_bullet(rng_, cv_.family, locale(), skills, present)
                                    : pools_.prose.bullet(rng_, cv_.family, skills, present);
            };
            Sentence sentence = draw();
            for (int retry = 0; retry < 3 && repeats(job.bullets, sentence.text); ++retry) sentence = draw();
            add_all(job.skills, sentence.skills);
            job.bullets.push_back(std::move(sentence.text));
        }
    }

    void add_jobs() {
        TimelineOptions timeline{options_.today, year_only(), cv_.layout.open_style != OpenStyle::word};
        const auto entries = make_timeline(rng_, timeline);
        cv_.jobs.reserve(entries.size());  // newer_main points into it
        // Bullets: a budget of 13 to 20 for the whole CV (2 to 6 KB), shared by weight: the
        // latest job most, side jobs and internships least.
        std::vector<int> weights;
        bool seen_main = false;
        for (const TimelineEntry& entry : entries) {
            const bool minor = entry.side || entry.seniority == Seniority::intern;
            weights.push_back(minor ? 5 : seen_main ? 10 : 16);
            seen_main = seen_main || !entry.side;
        }
        int total_weight = 0;
        for (int w : weights) total_weight += w;
        const int budget = rng_.between(14, 21);
        const bool short_cv = entries.size() <= 2;
        const Job* newer_main = nullptr;
        std::size_t index = 0;
        for (const TimelineEntry& entry : entries) {
            const int bullets = std::clamp((budget * weights[index++] + total_weight / 2) / total_weight +
                                               rng_.between(-1, 1), 1, short_cv ? 9 : 7);
            Job job;
            job.period = entry.period;
            job.side = entry.side;
            job.location = job_location(rng_, *culture_, cv_.person);
            if (entry.side) {
                job.title = side_title(rng_, cv_.family, entry.side_kind, locale());
                if (entry.side_kind == SideKind::lecturer) job.employer = pools_.organisations.school(rng_, locale());
                else if (entry.side_kind == SideKind::part_time) job.employer = employer_name();
                else job.employer = self_employed_name(rng_, locale());
                if (cv_.layout.format == Format::text && cv_.layout.variant == 4) job.employer = upper_ascii(job.employer);
                fill_job(job, bullets, rng_.between(1, 3), short_cv, job.period.current() && rng_.percent(50));
            } else {
                // Sometimes a promotion: the same employer as the next role, which follows at once.
                const bool promotion = newer_main && rng_.percent(12) &&
                                       newer_main->period.start.first_month_index() - 1 <=
                                           (job.period.end ? job.period.end->last_month_index() : 0);
                job.employer = promotion ? newer_main->employer : employer_name();
                if (promotion) job.location = newer_main->location;
                job.title = job_title(rng_, cv_.family, entry.seniority, locale());
                const bool intern = entry.seniority == Seniority::intern;
                fill_job(job, bullets, intern ? rng_.between(1, 2) : rng_.between(2, 6), short_cv,
                         job.period.current() && rng_.percent(60));
            }
            cv_.jobs.push_back(std::move(job));
            if (!cv_.jobs.back().side) newer_main = &cv_.jobs.back();
        }
    }

    void add_headline_and_summary() {
        const Job* latest = nullptr;
        for (const Job& job : cv_.jobs)
            if (!job.side) {
                latest = &job;
                break;
            }
        std::string role = latest && rng_.percent(70) ? latest->title : std::string(family_label(cv_.family));
        cv_.headline = role + " · " + cv_.person.city;
        add_all(cv_.other_mentions, pools_.catalog.mentions(cv_.headline));
        if (cv_.jobs.size() > 2 && rng_.percent(15)) return;
        int first_year = cv_.today.year;
        for (const Job& job : cv_.jobs) first_year = std::min(first_year, job.period.start.year);
        std::vector<std::size_t> named;
        const int count = static_cast<int>(rng_.below(3));
        for (int i = 0; i < count && !core_.empty(); ++i) add_unique(named, core_[rng_.below(core_.size())]);
        Sentence summary = pools_.prose.summary(rng_, cv_.family, std::max(1, cv_.today.year - first_year), named);
        cv_.summary = std::move(summary.text);
        add_all(cv_.other_mentions, summary.skills);
    }

    void add_skill_groups() {
        if (rng_.percent(8)) return;  // no skills section: skills only in the text
        std::vector<std::size_t> listed = core_;
        for (const Job& job : cv_.jobs)
            for (std::size_t s : job.skills)
                if (rng_.percent(80)) add_unique(listed, s);
        const int extra = rng_.between(0, 3);
        for (int i = 0; i < extra; ++i) add_unique(listed, pools_.catalog.pick(rng_, cv_.family));
        if (listed.size() > 20) listed.resize(20);
        struct Group {
            sv label;
            std::initializer_list<sv> categories;
        };
        static const Group groups[] = {
            {"Languages", {"language"}},
            {"Frameworks", {"framework", "library", "web", "mobile"}},
            {"Databases", {"database"}},
            {"Infrastructure", {"cloud", "devops", "os"}},
            {"Data", {"data", "ml"}},
            {"Tools", {"tool", "testing", "platform", "protocol", "security"}},
            {"Practices", {"practice"}},
        };
        for (const Group& group : groups) {
            SkillGroup out;
            out.label = group.label;
            for (std::size_t s : listed) {
                const std::string& category = pools_.catalog.skill(s).category;
                if (std::find(group.categories.begin(), group.categories.end(), sv(category)) == group.categories.end())
                    continue;
                out.skills.push_back(s);
                out.forms.push_back(pools_.catalog.list_form(rng_, s));
            }
            if (!out.skills.empty()) {
                add_all(cv_.other_mentions, out.skills);
                cv_.skill_groups.push_back(std::move(out));
            }
        }
    }

    Period activity_period(bool may_be_open) {
        const int today = cv_.today.first_month_index();
        int first = today - 12 * 12;
        for (const Job& job : cv_.jobs) first = std::max(first, job.period.start.first_month_index() - 24);
        first = std::min(first, today - 14);
        const int start = first + static_cast<int>(rng_.below(static_cast<std::size_t>(today - first - 6)));
        Period p;
        p.start = YearMonth::from_index(start);
        if (!(may_be_open && rng_.percent(40))) p.end = YearMonth::from_index(std::min(today - 1, start + rng_.between(4, 40)));
        if (year_only()) {
            p.start.month = 0;
            if (p.end) p.end->month = 0;
        }
        return p;
    }

    void add_activity(ActivityKind kind) {
        Activity a;
        a.kind = kind;
        const bool oss = kind == ActivityKind::open_source || kind == ActivityKind::project;
        a.name = oss ? pools_.organisations.project(rng_) : pools_.organisations.community(rng_, cv_.person.city);
        a.role = std::string(activity_role(rng_, oss));
        a.city = cv_.person.city;
        a.period = activity_period(true);
        std::vector<std::size_t> named;
        if (rng_.percent(60)) named.push_back(job_skill(rng_.percent(60)));
        Sentence text = pools_.prose.activity(rng_, cv_.family, named, oss);
        a.text = std::move(text.text);
        add_all(cv_.other_mentions, text.skills);
        cv_.activities.push_back(std::move(a));
    }

    void add_activities() {
        const bool short_cv = cv_.jobs.size() <= 2;  // early careers list more projects
        if (rng_.percent(short_cv ? 85 : 45)) {
            const ActivityKind kind = rng_.percent(50) ? ActivityKind::open_source : ActivityKind::project;
            const int count = rng_.between(short_cv ? 2 : 1, 3);
            for (int i = 0; i < count; ++i) add_activity(kind);
        }
        if (rng_.percent(25)) {
            const ActivityKind kind = rng_.percent(50) ? ActivityKind::volunteering : ActivityKind::mentoring;
            const int count = rng_.between(1, 2);
            for (int i = 0; i < count; ++i) add_activity(kind);
        }
    }

    void add_talks() {
        if (locale() != Locale::en || !rng_.percent(20)) return;
        const int count = rng_.between(1, 3);
        for (int i = 0; i < count; ++i) {
            Talk t;
            std::vector<std::size_t> named;
            if (rng_.percent(40)) named.push_back(job_skill(true));
            Sentence title = pools_.prose.talk_title(rng_, cv_.family, named);
            t.title = std::move(title.text);
            add_all(cv_.other_mentions, title.skills);
            const Place& place = rng_.pick(culture_->places);
            t.city = std::string(place.city);
            t.event = pools_.organisations.conference(rng_, t.city);
            t.date = YearMonth::from_index(cv_.today.first_month_index() - rng_.between(2, 96));
            if (year_only()) t.date.month = 0;
            cv_.talks.push_back(std::move(t));
        }
    }

    void add_education() {
        if (rng_.percent(5)) return;
        int career_start = cv_.today.year;
        for (const Job& job : cv_.jobs) career_start = std::min(career_start, job.period.start.year);
        const int bachelor_end = career_start - static_cast<int>(rng_.below(2));
        auto degree_entry = [&](int start_year, int end_year, bool postgraduate, bool open) {
            Education e;
            e.school = pools_.organisations.school(rng_, locale());
            e.degree = degree(rng_, postgraduate, locale());
            add_all(cv_.other_mentions, pools_.catalog.mentions(e.degree));  // "MSc Data Science"
            e.city = cv_.person.city;
            e.period.start = {start_year, year_only() ? 0 : 9};
            if (!open) e.period.end = YearMonth{end_year, year_only() ? 0 : rng_.between(6, 7)};
            return e;
        };
        const bool master = rng_.percent(30);
        if (master) {
            const int length = rng_.between(1, 2);
            cv_.education.push_back(degree_entry(bachelor_end, bachelor_end + length, true, false));
        } else if (rng_.percent(3) && locale() == Locale::en) {
            cv_.education.push_back(degree_entry(cv_.today.year - rng_.between(2, 5), 0, true, true));  // ongoing PhD
        }
        const int length = rng_.between(3, 4);
        cv_.education.push_back(degree_entry(bachelor_end - length, bachelor_end, false, false));
    }

    void add_languages() {
        if (locale() != Locale::en || !rng_.percent(40)) return;
        constexpr sv extras[] = {"French (conversational)", "German (basic)", "Spanish (intermediate)",
                                 "Portuguese (basic)", "Japanese (basic)", "Hindi (fluent)", "Arabic (basic)"};
        cv_.spoken_languages.push_back(rng_.percent(60) ? "English (fluent)" : "English (professional)");
        if (rng_.percent(60)) cv_.spoken_languages.push_back(rng_.pick(extras));
    }
};

}  // namespace

Cv build_cv(std::uint64_t number, const Pools& pools, const BuildOptions& options) {
    return Builder(number, pools, options).build();
}

std::string_view extension(Format format) {
    switch (format) {
        case Format::markdown: return "md";
        case Format::rst: return "rst";
        case Format::text: return "txt";
        case Format::html: return "html";
        case Format::json: return "json";
        case Format::latex: return "tex";
        case Format::docx: return "docx";
        case Format::pdf: return "pdf";
        case Format::odt: return "odt";
        case Format::count: break;
    }
    return "txt";
}

std::optional<Format> parse_format(std::string_view name) {
    for (std::size_t f = 0; f < format_count; ++f)
        if (extension(static_cast<Format>(f)) == name) return static_cast<Format>(f);
    if (name == "markdown") return Format::markdown;
    if (name == "text") return Format::text;
    if (name == "latex") return Format::latex;
    return std::nullopt;
}

}  // namespace cvdex::gen
