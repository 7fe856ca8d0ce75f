#include "host/model/qualifier.hpp"

#include <array>
#include <utility>

namespace crosscheck::model {
namespace {

constexpr std::array<std::pair<Qualifier, std::string_view>, 9> k_names = {{
    {Qualifier::none, "none"},
    {Qualifier::more_than, "more_than"},
    {Qualifier::at_least, "at_least"},
    {Qualifier::less_than, "less_than"},
    {Qualifier::at_most, "at_most"},
    {Qualifier::nearly, "nearly"},
    {Qualifier::approximately, "approximately"},
    {Qualifier::range, "range"},
    {Qualifier::vague, "vague"},
}};

} // namespace

std::string_view to_string(Qualifier q) {
    for (const auto& [value, name] : k_names) {
        if (value == q) {
            return name;
        }
    }
    return "none";
}

std::optional<Qualifier> qualifier_from_string(std::string_view name) {
    for (const auto& [value, text] : k_names) {
        if (text == name) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace crosscheck::model
