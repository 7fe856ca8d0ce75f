#include "host/report/severity.hpp"

#include <catch2/catch.hpp>

using namespace crosscheck::report;

TEST_CASE("severity: at or above follows high > medium > low > info", "[report]") {
    CHECK(at_or_above("high", "medium"));
    CHECK(at_or_above("medium", "medium"));
    CHECK_FALSE(at_or_above("low", "medium"));
    CHECK(at_or_above("info", "info"));
    CHECK_FALSE(at_or_above("info", "low"));
    CHECK_FALSE(severity_rank("severe"));
}

TEST_CASE("severity: --fail-on counts open and confirmed findings, never dismissed", "[report]") {
    const auto finding = [](std::string severity, std::string status) {
        crosscheck::store::StoredFinding f;
        f.severity = std::move(severity);
        f.status = std::move(status);
        return f;
    };
    const std::vector<crosscheck::store::StoredFinding> findings = {
        finding("high", "dismissed"), finding("medium", "confirmed"), finding("low", "open")};
    CHECK(count_failing(findings, "high") == 0);
    CHECK(count_failing(findings, "medium") == 1);
    CHECK(count_failing(findings, "low") == 2);
    CHECK(count_failing(findings, "info") == 2);
}

TEST_CASE("severity: three verdicts", "[report]") {
    CHECK(verdict_name(verdict_for("high")) == "contradicted");
    CHECK(verdict_name(verdict_for("medium")) == "inconsistent");
    CHECK(verdict_name(verdict_for("low")) == "disputed");
    CHECK(verdict_name(verdict_for("info")) == "disputed");
}
