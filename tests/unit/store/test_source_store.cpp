#include "host/store/source_store.hpp"

#include "host/store/schema.hpp"

#include <catch2/catch.hpp>

using namespace crosscheck;
using namespace crosscheck::store;

namespace {

model::Source make_doc(std::string url, std::string body) {
    model::Source doc;
    doc.url = std::move(url);
    doc.published = *parse_timestamp("2023-09-25T08:40:00Z");
    doc.outlet = "Northern Ledger";
    doc.title = "First refugees cross";
    doc.language = "en";
    doc.body = std::move(body);
    doc.origin = Location{"05.md"};
    doc.format = "md";
    return doc;
}

std::unique_ptr<Database> migrated() {
    auto db = Database::open_in_memory();
    REQUIRE(migrate(*db).has_value());
    return db;
}

} // namespace

TEST_CASE("source store: new, unchanged and updated documents", "[store]") {
    auto db = migrated();
    const auto case_id = find_or_create_case(*db, "karabakh-2023");
    SourceWriter writer(*db, case_id);
    writer.begin_batch();
    CHECK(writer.store(make_doc("https://a.example/1", "2,906 people")) == StoreOutcome::added);
    CHECK(writer.store(make_doc("https://a.example/1", "2,906 people")) == StoreOutcome::unchanged);
    CHECK(writer.store(make_doc("https://a.example/1", "2,960 people")) == StoreOutcome::updated);
    CHECK(writer.store(make_doc("https://a.example/2", "2,906 people")) == StoreOutcome::added);

    const auto sources = list_sources(*db, case_id, true);
    REQUIRE(sources.size() == 2);
    const auto& first = sources[0].url == "https://a.example/1" ? sources[0] : sources[1];
    CHECK(first.version == 2);
    CHECK(first.body == "2,960 people");

    Statement versions(*db, "SELECT count(*) FROM sources WHERE url = 'https://a.example/1'");
    REQUIRE(versions.step());
    CHECK(versions.column_int(0) == 2);
}

TEST_CASE("source store: the same content in another case is stored there too", "[store]") {
    auto db = migrated();
    SourceWriter a(*db, find_or_create_case(*db, "case-a"));
    SourceWriter b(*db, find_or_create_case(*db, "case-b"));
    a.begin_batch();
    b.begin_batch();
    CHECK(a.store(make_doc("https://a.example/1", "x")) == StoreOutcome::added);
    CHECK(b.store(make_doc("https://a.example/1", "x")) == StoreOutcome::added);
    const auto cases = list_cases(*db);
    REQUIRE(cases.size() == 2);
    CHECK(cases[0].source_count == 1);
    CHECK(cases[1].source_count == 1);
}

TEST_CASE("source store: content hash covers every field", "[store]") {
    const auto base = make_doc("https://a.example/1", "body");
    auto other = base;
    other.title = "Another title";
    CHECK(content_hash(base) != content_hash(other));
    other = base;
    other.published.seconds += 60;
    CHECK(content_hash(base) != content_hash(other));
    other = base;
    other.origin = Location{"elsewhere.md"}; // where it was read from is not content
    CHECK(content_hash(base) == content_hash(other));
}

TEST_CASE("source store: case names are checked", "[store]") {
    CHECK(validate_case_slug("karabakh-2023").has_value());
    CHECK(validate_case_slug("a.b_c").has_value());
    for (const char* bad : {"", "-x", "has space", "semi;colon", "../up"}) {
        INFO(bad);
        CHECK_FALSE(validate_case_slug(bad).has_value());
    }
}
