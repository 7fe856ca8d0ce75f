#include "host/rules/rule_set.hpp"

#include <algorithm>

namespace crosscheck::rules {

const Metric* RuleSet::find_metric(std::string_view name) const {
    auto it = std::find_if(metrics.begin(), metrics.end(),
                           [&](const Metric& m) { return m.name == name; });
    return it == metrics.end() ? nullptr : &*it;
}

const Unit* RuleSet::find_unit(std::string_view name) const {
    auto it = units.find(std::string(name));
    return it == units.end() ? nullptr : &it->second;
}

} // namespace crosscheck::rules
