#include "host/report/severity.hpp"

namespace crosscheck::report {

bool counts_for_fail_on(model::ReviewStatus status) {
    return status != model::ReviewStatus::dismissed;
}

std::size_t count_failing(const std::vector<model::Finding>& findings, model::Severity threshold) {
    // Tallied first, so that what --fail-on counts is decided in one place.
    store::FindingTally tally;
    for (const auto& f : findings) {
        tally.add(f.severity, f.status, 1);
    }
    return count_failing(tally, threshold);
}

std::size_t count_failing(const store::FindingTally& tally, model::Severity threshold) {
    std::size_t n = 0;
    for (const auto severity : model::k_severities) {
        for (const auto status : model::k_review_statuses) {
            if (counts_for_fail_on(status) && model::at_or_above(severity, threshold)) {
                n += tally.of(severity, status);
            }
        }
    }
    return n;
}

std::string fail_on_message(std::size_t count, model::Severity threshold) {
    return std::to_string(count) +
           (count == 1 ? " discrepancy at or above " : " distinct discrepancies at or above ") +
           std::string(model::to_string(threshold)) + (count == 1 ? " is" : " are") +
           " open or confirmed (--fail-on)";
}

Verdict verdict_for(model::Severity severity) {
    switch (severity) {
    case model::Severity::high:
        return Verdict::contradicted;
    case model::Severity::medium:
        return Verdict::inconsistent;
    case model::Severity::low:
    case model::Severity::info:
        break;
    }
    return Verdict::disputed;
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

int verdict_rating_value(Verdict verdict) {
    switch (verdict) {
    case Verdict::contradicted:
        return RatingScale::worst;
    case Verdict::inconsistent:
        return RatingScale::worst + 1;
    case Verdict::disputed:
        break;
    }
    return RatingScale::worst + 2;
}

} // namespace crosscheck::report
