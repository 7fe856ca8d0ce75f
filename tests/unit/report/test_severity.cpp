#include "host/report/severity.hpp"

#include <catch2/catch.hpp>

using namespace crosscheck::report;

TEST_CASE("severity: --fail-on counts open and confirmed findings, never dismissed", "[report]") {
    using crosscheck::model::ReviewStatus;
    using crosscheck::model::Severity;
    const auto finding = [](Severity severity, ReviewStatus status) {
        crosscheck::model::Finding f;
        f.severity = severity;
        f.status = status;
        return f;
    };
    const std::vector<crosscheck::model::Finding> findings = {
        finding(Severity::high, ReviewStatus::dismissed),
        finding(Severity::medium, ReviewStatus::confirmed),
        finding(Severity::low, ReviewStatus::open)};
    CHECK(count_failing(findings, Severity::high) == 0);
    CHECK(count_failing(findings, Severity::medium) == 1);
    CHECK(count_failing(findings, Severity::low) == 2);
    CHECK(count_failing(findings, Severity::info) == 2);
}

TEST_CASE("severity: three verdicts", "[report]") {
    CHECK(verdict_name(verdict_for(crosscheck::model::Severity::high)) == "contradicted");
    CHECK(verdict_name(verdict_for(crosscheck::model::Severity::medium)) == "inconsistent");
    CHECK(verdict_name(verdict_for(crosscheck::model::Severity::low)) == "disputed");
    CHECK(verdict_name(verdict_for(crosscheck::model::Severity::info)) == "disputed");
}
