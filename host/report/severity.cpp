#include "host/report/severity.hpp"

namespace crosscheck::report {

std::optional<int> severity_rank(std::string_view severity) {
    for (std::size_t i = 0; i < k_severities.size(); ++i) {
        if (k_severities[i] == severity) {
            return static_cast<int>(i);
        }
    }
    return std::nullopt;
}

bool at_or_above(std::string_view severity, std::string_view threshold) {
    return severity_rank(severity).value_or(3) <= severity_rank(threshold).value_or(3);
}

bool counts_for_fail_on(std::string_view status) {
    return status != "dismissed";
}

std::size_t count_failing(const std::vector<store::StoredFinding>& findings,
                          std::string_view threshold) {
    std::size_t n = 0;
    for (const auto& f : findings) {
        if (counts_for_fail_on(f.status) && at_or_above(f.severity, threshold)) {
            ++n;
        }
    }
    return n;
}

Verdict verdict_for(std::string_view severity) {
    const int rank = severity_rank(severity).value_or(3);
    return rank == 0   ? Verdict::contradicted
           : rank == 1 ? Verdict::inconsistent
                       : Verdict::disputed;
}

std::string_view verdict_name(Verdict verdict) {
    switch (verdict) {
    case Verdict::contradicted:
        return "contradicted";
    case Verdict::inconsistent:
        return "inconsistent";
    case Verdict::disputed:
        break;
    }
    return "disputed";
}

std::string_view verdict_rating(Verdict verdict) {
    switch (verdict) {
    case Verdict::contradicted:
        return "Contradicted by other sources";
    case Verdict::inconsistent:
        return "Inconsistent with other sources";
    case Verdict::disputed:
        break;
    }
    return "Disputed by other sources";
}

} // namespace crosscheck::report
