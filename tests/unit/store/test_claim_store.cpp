#include "host/ingest/source_document.hpp"
#include "host/store/claim_store.hpp"
#include "host/store/schema.hpp"
#include "host/store/source_store.hpp"

#include <catch2/catch.hpp>

using namespace crosscheck;
using namespace crosscheck::store;

namespace {

struct Fixture {
    std::unique_ptr<Database> db = Database::open_in_memory();
    std::int64_t case_id = 0;
    std::int64_t source_id = 0;
    std::string content_hash;

    Fixture() {
        REQUIRE(migrate(*db));
        {
            Transaction t(*db);
            case_id = find_or_create_case(*db, "k");
            t.commit();
        }
        store_page("2023-09-25T10:00:00Z", "200 people were killed.");
        const auto sources = list_sources(*db, case_id);
        source_id = sources.at(0).id;
        content_hash = sources.at(0).content_hash;
    }

    // A version of the case's one page, https://a.example/1, stored in a
    // batch of its own.
    void store_page(const char* published, const std::string& body) const {
        Transaction t(*db);
        SourceWriter writer(*db, case_id);
        writer.begin_batch();
        model::Source doc;
        doc.url = "https://a.example/1";
        doc.published = *parse_timestamp(published);
        doc.outlet = "A";
        doc.body = body;
        doc.format = "txt";
        const auto outcome = writer.store(doc);
        writer.finish_batch(outcome == StoreOutcome::added ? 1 : 0,
                            outcome == StoreOutcome::updated ? 1 : 0,
                            outcome == StoreOutcome::unchanged ? 1 : 0, 0);
        t.commit();
    }

    model::Claim extracted(double value, std::int64_t start) const {
        model::Claim r;
        r.source.id = source_id;
        r.metric = "deaths";
        r.value = value;
        r.low = value;
        r.high = std::nullopt;
        r.unit = "people";
        r.text = std::to_string(static_cast<int>(value));
        r.span =
            model::TextSpan{static_cast<std::size_t>(start), static_cast<std::size_t>(start + 3)};
        r.as_of = model::Moment::from_iso("2023-09-25T10:00:00Z");
        r.key = extracted_claim_key(content_hash, r.metric, start, start + 3, r.text);
        return r;
    }
};

} // namespace

TEST_CASE("claim store: keys are stable and depend on content, metric, span and text", "[store]") {
    const auto k = extracted_claim_key("h", "deaths", 0, 3, "200");
    CHECK(k == extracted_claim_key("h", "deaths", 0, 3, "200"));
    CHECK(k != extracted_claim_key("h2", "deaths", 0, 3, "200"));
    CHECK(k != extracted_claim_key("h", "injuries", 0, 3, "200"));
    CHECK(k != extracted_claim_key("h", "deaths", 1, 4, "200"));
    CHECK(k != extracted_claim_key("h", "deaths", 0, 3, "2000"));
}

TEST_CASE("claim store: re-extraction keeps ids, drops vanished claims, re-applies rejections",
          "[store]") {
    Fixture f;
    {
        Transaction t(*f.db);
        replace_extracted_claims(*f.db, f.case_id, f.source_id,
                                 {f.extracted(200, 0), f.extracted(10, 30)}, "hash1");
        t.commit();
    }
    CHECK(extraction_status(*f.db, f.case_id, "hash1").up_to_date == 1);
    auto claims = list_claims(*f.db, f.case_id);
    REQUIRE(claims.size() == 2);
    const auto id_200 = claims[0].value == 200 ? claims[0].id : claims[1].id;
    const auto id_10 = claims[0].value == 10 ? claims[0].id : claims[1].id;
    CHECK(claims[0].low.has_value());
    CHECK_FALSE(claims[0].high.has_value()); // NULL = unbounded
    CHECK(claims[0].source.url == "https://a.example/1");
    CHECK(claims[0].source.outlet == "A");

    {
        Transaction t(*f.db);
        REQUIRE(reject_claim(*f.db, id_10, "a subset, not a total"));
        model::Claim manual;
        manual.source.id = f.source_id;
        manual.metric = "deaths";
        manual.value = 199;
        manual.low = manual.high = 199.0;
        manual.unit = "people";
        manual.as_of = model::Moment::from_iso("2023-09-25T10:00:00Z");
        add_manual_claim(*f.db, f.case_id, manual);
        t.commit();
    }
    {
        // New rules: the 200 is extracted again, the 10 again, a new 5 appears.
        Transaction t(*f.db);
        replace_extracted_claims(*f.db, f.case_id, f.source_id,
                                 {f.extracted(200, 0), f.extracted(10, 30), f.extracted(5, 50)},
                                 "hash2");
        t.commit();
    }
    CHECK(extraction_status(*f.db, f.case_id, "hash2").up_to_date == 1);
    claims = list_claims(*f.db, f.case_id);
    REQUIRE(claims.size() == 4);
    int manual_count = 0;
    for (const auto& c : claims) {
        if (c.value == 200) {
            CHECK(c.id == id_200);
            CHECK(c.status == model::ClaimStatus::active);
            CHECK(c.rules_hash == "hash2");
        } else if (c.value == 10) {
            CHECK(c.id == id_10);
            CHECK(c.status == model::ClaimStatus::rejected);
            CHECK(c.note == "a subset, not a total");
        } else if (c.origin == model::ClaimOrigin::manual) {
            ++manual_count;
            CHECK(c.key == "manual:" + std::to_string(c.id));
        }
    }
    CHECK(manual_count == 1);
    CHECK(list_claims(*f.db, f.case_id, /*include_rejected=*/false).size() == 3);

    {
        // The 200 disappears from the text: its row goes, the manual one stays.
        Transaction t(*f.db);
        replace_extracted_claims(*f.db, f.case_id, f.source_id, {f.extracted(10, 30)}, "hash3");
        t.commit();
    }
    claims = list_claims(*f.db, f.case_id);
    CHECK(claims.size() == 2);
}

TEST_CASE("claim store: rejecting an unknown claim fails", "[store]") {
    Fixture f;
    const auto r = reject_claim(*f.db, 12345, "");
    REQUIRE_FALSE(r);
    CHECK(r.error().message.find("no claim with id 12345") == 0);
}

TEST_CASE("claim store: a claim's place is stored and read back, extracted or by hand", "[store]") {
    Fixture f;
    const std::vector<std::string> places = {"", "derna", "syria+turkey", "libya/elsewhere"};
    std::vector<model::Claim> extracted;
    for (std::size_t i = 0; i < places.size(); ++i) {
        extracted.push_back(
            f.extracted(100.0 + static_cast<double>(i), static_cast<std::int64_t>(i * 10)));
        extracted.back().scope.place = places[i];
    }
    {
        Transaction t(*f.db);
        replace_extracted_claims(*f.db, f.case_id, f.source_id, extracted, "hash1");
        model::Claim manual;
        manual.source.id = f.source_id;
        manual.metric = "deaths";
        manual.value = 7;
        manual.low = manual.high = 7.0;
        manual.unit = "people";
        manual.scope.place = "benghazi";
        manual.as_of = model::Moment::from_iso("2023-09-25T10:00:00Z");
        add_manual_claim(*f.db, f.case_id, manual);
        t.commit();
    }
    const auto claims = list_claims(*f.db, f.case_id);
    REQUIRE(claims.size() == places.size() + 1);
    for (const auto& c : claims) {
        INFO(c.value);
        if (c.value == 7) {
            CHECK(c.scope.place == "benghazi");
        } else {
            CHECK(c.scope.place == places.at(static_cast<std::size_t>(c.value - 100)));
        }
    }
}

TEST_CASE("claim store: extraction status sorts a case's latest sources by rules hash", "[store]") {
    Fixture f;
    auto status = extraction_status(*f.db, f.case_id, "hash1");
    CHECK(status.up_to_date == 0);
    CHECK(status.stale == std::vector<std::int64_t>{f.source_id}); // never extracted
    {
        Transaction t(*f.db);
        replace_extracted_claims(*f.db, f.case_id, f.source_id, {f.extracted(200, 0)}, "hash1");
        t.commit();
    }
    status = extraction_status(*f.db, f.case_id, "hash1");
    CHECK(status.up_to_date == 1);
    CHECK(status.stale.empty());
    CHECK(extraction_status(*f.db, f.case_id, "hash2").stale ==
          std::vector<std::int64_t>{f.source_id}); // other rules

    // A new version of the same page: only it counts, and it is stale.
    f.store_page("2023-09-25T12:00:00Z", "210 people were killed.");
    const auto latest = list_sources(*f.db, f.case_id).at(0).id;
    REQUIRE(latest != f.source_id);
    status = extraction_status(*f.db, f.case_id, "hash1");
    CHECK(status.up_to_date == 0);
    CHECK(status.stale == std::vector<std::int64_t>{latest});
}
