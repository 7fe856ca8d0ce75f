#include "host/report/scope_label.hpp"

#include <cctype>
#include <string_view>
#include <vector>

namespace crosscheck::report {
namespace {

// Rules name subjects as identifiers ("azerbaijani_forces"); a reader sees words.
std::string words(std::string text) {
    for (char& c : text) {
        c = c == '_' ? ' ' : c;
    }
    return text;
}

// Rules name places in lower case ("derna"); a reader sees "Derna".
std::string place_name(std::string_view place) {
    std::string out(place);
    bool word_start = true;
    for (char& c : out) {
        if (word_start) {
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
        word_start = c == ' ' || c == '-';
    }
    return out;
}

// "derna" -> "in Derna"; "syria+turkey" -> "in Syria and Turkey" (a combined
// figure); "libya/elsewhere" -> "elsewhere in Libya"; "elsewhere".
std::string place_words(std::string_view place) {
    const auto slash = place.find('/');
    if (slash != std::string_view::npos) {
        const auto rest = place.substr(slash + 1);
        return std::string(rest) + " in " + place_name(place.substr(0, slash));
    }
    if (place == "elsewhere") {
        return "elsewhere";
    }
    std::vector<std::string> names;
    for (std::string_view rest = place; !rest.empty();) {
        const auto plus = rest.find('+');
        names.push_back(place_name(rest.substr(0, plus)));
        rest = plus == std::string_view::npos ? std::string_view{} : rest.substr(plus + 1);
    }
    std::string out = "in ";
    for (std::size_t i = 0; i < names.size(); ++i) {
        out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    }
    return out;
}

} // namespace

std::string scope_label(const model::ClaimScope& scope) {
    std::vector<std::string> parts;
    if (!scope.subject.empty()) {
        parts.push_back(words(scope.subject) + (scope.subset ? " (part of a total)" : ""));
    } else if (scope.subset) {
        parts.emplace_back("part of a total");
    }
    for (const std::string* part : {&scope.event, &scope.period}) {
        if (!part->empty()) {
            parts.push_back(words(*part));
        }
    }
    if (!scope.place.empty()) {
        parts.push_back(place_words(scope.place));
    }
    if (parts.empty()) {
        return "the main count";
    }
    std::string out;
    for (const auto& part : parts) {
        out += (out.empty() ? "" : ", ") + part;
    }
    return out;
}

} // namespace crosscheck::report
