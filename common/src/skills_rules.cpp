// Context rules for skill names that are also ordinary words (flag `ambiguous` or `~alias` in
// common/data/skills.tsv). The generic rules live in skills_match.cpp; this table only lists,
// per name, the neighbours that turn it back into a word: "Go to", "Spring 2019", "Grade C".
#include "skills_impl.hpp"

#include <array>

namespace cvdex::skills_detail {

const std::string_view letter_labels =
    "vitamin vitamins grade grades type usb class section sections appendix part level tier category "
    "option team building block series round plan phase group room unit model form schedule exhibit figure "
    "table note item step stage floor wing hall gate zone sector size cup batch shift rank division league "
    "letter lane track volume vol book chapter pool sheet annex attachment roll degree score mark marks "
    "hepatitis band platform terminal pier row seat bay";

const std::string_view letter_hyphen_ok =
    "based style like api apis abi compatible language code coding programming interop bindings binding "
    "extension extensions library libraries header headers string strings array arrays sdk";

const std::string_view cue_words =
    "language languages programming program programs code coding coded written write writing wrote "
    "using used develop developed developing development developer developers software script scripts "
    "scripting compiler compilers compiled embedded firmware library libraries package packages "
    "statistical statistics implemented implementation engineer engineering api apis module modules "
    "kernel driver drivers microcontroller microcontrollers algorithms stack backend frontend services "
    "framework frameworks sprache programmiersprache langage programmation lenguaje programación язык языке "
    "языка программирования программ код";

const std::string_view tech_neighbours =
    "developer developers engineer engineers engineering programmer programmers programming development "
    "dev devs language languages code coding expert specialist consultant architect lead framework "
    "library libraries sdk api apis backend frontend script scripts scripting modules packages gems gem "
    "stack ecosystem community certified certification experience skills projects project apps app "
    "applications application services server servers cluster clusters database databases pipeline "
    "pipelines jobs job queries query reports developer's tests testing";

namespace {

// Sorted by form, for binary search.
constexpr std::array rules = {
    FormRule{"access", list_only, "", ""},
    FormRule{"ada", name_like, "", "lovelace compliance compliant"},
    FormRule{"aix", exact_case, "", ""},
    FormRule{"ant", 0, "fire red army worker", "colony colonies"},
    FormRule{"apex", 0, "", "legends predator court"},
    FormRule{"apollo", name_like | number_after, "", "program programme mission missions theater theatre hospital hospitals"},
    FormRule{"assembly", name_like, "general national legislative", "line lines hall member members"},
    FormRule{"athena", name_like, "", ""},
    FormRule{"aurora", name_like, "", "borealis australis"},
    FormRule{"avro", name_like, "", ""},
    FormRule{"babel", 0, "tower_of", ""},
    FormRule{"backbone", 0, "", "network networks"},
    FormRule{"bamboo", 0, "", "shoots forest furniture"},
    FormRule{"basic", exact_case, "", "skills knowledge understanding level proficiency training education certificate"},
    FormRule{"beam", 0, "laser light electron steel", "search"},
    FormRule{"bootstrap", 0, "", "resampling sampling method methods confidence"},
    FormRule{"cargo", 0, "air sea freight", "ship ships plane handling"},
    FormRule{"cassandra", name_like, "", ""},
    FormRule{"chef", 0, "head sous pastry executive line private personal master celebrity as_a",
             "de d' at position"},
    FormRule{"cocoa", 0, "", "beans bean butter powder farm farms farmers production"},
    FormRule{"composer", 0, "music film", ""},
    FormRule{"consul", name_like, "honorary", "general"},
    FormRule{"copilot", name_like, "", ""},
    FormRule{"coq", 0, "le", ""},
    FormRule{"cordova", name_like, "", ""},
    FormRule{"crystal", name_like, "sap", "clear ball structure structures palace lattice lake reports"},
    FormRule{"d3", 0, "vitamin", ""},
    FormRule{"dart", 0, "", "board boards throw throws"},
    FormRule{"delphi", name_like, "", "automotive technologies method study"},
    FormRule{"doctrine", 0, "military", ""},
    FormRule{"eclipse", 0, "solar lunar total", ""},
    FormRule{"electron", 0, "", "microscopy microscope beam beams"},
    FormRule{"elm", 0, "dutch", "street tree trees"},
    FormRule{"excel", 0, "", "at in"},
    FormRule{"expo", number_after, "world trade tech", "center centre hall"},
    FormRule{"express", name_like, "american federal dhl orient daily",
             "delivery mail shipping entry checkout train lane interest interests"},
    FormRule{"flux", 0, "magnetic heat", "capacitor density"},
    FormRule{"gatsby", name_like, "great", ""},
    FormRule{"gin", 0, "", "tonic distillery"},
    FormRule{"glue", 0, "", "code logic"},
    FormRule{"go", 0, "let's lets let no on_the ready_to",
             "to ahead live back through beyond over out for into get getter far see fetch figure from above "
             "along away down up on off home after the a an no team green with"},
    FormRule{"grunt", 0, "", "work"},
    FormRule{"helm", 0, "at_the", ""},
    FormRule{"hive", 0, "bee", "mind"},
    FormRule{"hugo", name_like, "", "boss"},
    FormRule{"illustrator", name_like, "", ""},
    FormRule{"impala", 0, "chevrolet chevy", ""},
    FormRule{"informatica", name_like, "ingegneria ingenieria engenharia scienze", ""},
    FormRule{"jaeger", name_like, "", ""},
    FormRule{"jekyll", name_like, "", "and_hyde"},
    FormRule{"jenkins", name_like, "", ""},
    FormRule{"julia", name_like, "", ""},
    FormRule{"kong", name_like, "hong", ""},
    FormRule{"lambda", 0, "", "calculus function functions expression expressions"},
    FormRule{"less", list_only, "", ""},
    FormRule{"make", list_only, "", ""},
    FormRule{"markdown", 0, "price", "optimization optimisation pricing prices price strategy strategies"},
    FormRule{"maven", 0, "marketing social sales", ""},
    FormRule{"maya", name_like, "", ""},
    FormRule{"meteor", 0, "", "shower showers strike strikes impact"},
    FormRule{"ml", exact_case | number_before, "", ""},
    FormRule{"mocha", 0, "cafe caffe", "latte coffee frappe"},
    FormRule{"node", 0, "", "red"},
    FormRule{"nomad", 0, "digital", ""},
    FormRule{"oracle", name_like, "", ""},
    FormRule{"packer", 0, "meat warehouse", ""},
    FormRule{"parcel", 0, "", "delivery delivered"},
    FormRule{"parquet", 0, "", "floor floors flooring"},
    FormRule{"pascal", name_like, "", "triangle"},
    FormRule{"phoenix", name_like, "of in", "az arizona suns"},
    FormRule{"pinot", 0, "", "noir grigio gris"},
    FormRule{"poetry", 0, "spoken slam", "reading readings club"},
    FormRule{"processing", list_only | exact_case, "", ""},
    FormRule{"puppet", 0, "", "show shows theatre theater government governments regime regimes state states"},
    FormRule{"pyramid", 0, "food", "scheme schemes"},
    FormRule{"racket", 0, "tennis squash", ""},
    FormRule{"rails", 0, "guard hand safety off", ""},
    FormRule{"rancher", 0, "cattle", ""},
    FormRule{"rasa", name_like, "", ""},
    FormRule{"ray", name_like, "x gamma cathode", "tracing casting"},
    FormRule{"razor", 0, "", "blade blades"},
    FormRule{"react", 0, "",
             "to quickly accordingly appropriately promptly fast swiftly calmly when against positively "
             "negatively immediately rapidly"},
    FormRule{"rest", exact_case, "", ""},
    FormRule{"retrofit", 0, "", "project projects work works"},
    FormRule{"ruby", name_like, "", "red tuesday"},
    FormRule{"rust", 0, "", "belt removal proof proofing resistant prevention inhibitor colored coloured bucket spots"},
    FormRule{"safe", exact_case, "", ""},
    FormRule{"salt", 0, "sea table epsom rock bath", "lake water marsh mine mines flats"},
    FormRule{"sas", name_like, "scandinavian", "airlines airline"},
    FormRule{"scala", 0, "la alla", ""},
    FormRule{"scratch", 0, "from", "card cards"},
    FormRule{"shell", name_like, "royal dutch", "oil company plc energy station stations egg eggs"},
    FormRule{"sinatra", name_like, "", ""},
    FormRule{"sip", exact_case, "", ""},
    FormRule{"sketch", 0, "pencil charcoal", "artist comedy"},
    FormRule{"slack", 0, "cut", "time off"},
    FormRule{"soap", exact_case, "", ""},
    FormRule{"solid", exact_case, "", ""},
    FormRule{"spark", 0, "", "plug plugs"},
    FormRule{"spring", number_after, "summer winter fall autumn early late mid during this last next every each",
             "semester semesters term terms break quarter session sessions festival season cleaning summer fall "
             "autumn winter intern internship internships campaign collection training"},
    FormRule{"storm", 0, "brain perfect", ""},
    FormRule{"stripe", name_like, "pin", ""},
    FormRule{"swift", name_like, "",
             "response responses action actions delivery turnaround resolution execution manner completion "
             "learner progress decision decisions adoption recovery payment payments transfer transfers banking"},
    FormRule{"swing", 0, "golf", "trading trader dance state states"},
    FormRule{"tableau", 0, "le un", "de des du d'"},
    FormRule{"thrift", 0, "savings", "store stores shop shops shopping"},
    FormRule{"tokio", name_like, "", "marine"},
    FormRule{"unity", 0, "national christian church sense_of", ""},
    FormRule{"varnish", 0, "nail", ""},
    FormRule{"vault", 0, "bank", ""},
    FormRule{"vite", 0, "très tres plus trop assez", ""},
    FormRule{"vue", 0, "", "d' de du des sur"},
    FormRule{"windows", 0, "double", "and_doors"},
    FormRule{"word", list_only, "", ""},
};

constexpr bool sorted() {
    for (std::size_t i = 1; i < rules.size(); ++i)
        if (!(rules[i - 1].form < rules[i].form)) return false;
    return true;
}
static_assert(sorted(), "keep the rules sorted by form");

/// Calls f(entry) for each space-separated entry of `list` until f returns true.
template <class F>
bool any_entry(std::string_view list, F f) {
    while (!list.empty()) {
        const std::size_t space = list.find(' ');
        const std::string_view entry = list.substr(0, space);
        if (!entry.empty() && f(entry)) return true;
        if (space == std::string_view::npos) break;
        list.remove_prefix(space + 1);
    }
    return false;
}

}  // namespace

const FormRule* find_form_rule(std::string_view folded_form) {
    auto it = std::lower_bound(rules.begin(), rules.end(), folded_form,
                               [](const FormRule& rule, std::string_view form) { return rule.form < form; });
    return it != rules.end() && it->form == folded_form ? &*it : nullptr;
}

bool in_word_list(std::string_view list, std::string_view word) {
    return any_entry(list, [&](std::string_view entry) {
        if (entry.back() == '\'') return word.starts_with(entry);
        return entry == word;
    });
}

bool in_phrase_list(std::string_view list, std::string_view first, std::string_view second) {
    return any_entry(list, [&](std::string_view entry) {
        const std::size_t joint = entry.find('_');
        return joint != std::string_view::npos && entry.substr(0, joint) == first && entry.substr(joint + 1) == second;
    });
}

}  // namespace cvdex::skills_detail
