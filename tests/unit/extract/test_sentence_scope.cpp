// Phase 6, sentence-wide: events and periods (host/extract/sentence_scope.hpp).

#include "tests/unit/extract/phase_fixture.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace crosscheck;
using extract::testing::ReadSentence;
using extract::testing::shipped_phases;

TEST_CASE("sentence scope: event and period keywords, and the years a sentence names",
          "[extract]") {
    struct Row {
        std::string text;
        std::string event;
        std::string period;
    };
    // Published in 2023.
    const std::vector<Row> rows = {
        {"A fuel depot explosion on Monday night injured more than 200 people.", "explosion", ""},
        {"The quake killed 40 people.", "earthquake", ""},
        {"The first war killed 30,000 people.", "", "1988-1994"},
        {"The first Artsakh war killed 30,000 people.", "", "1988-1994"},
        {"The 2020 war killed 3,800 soldiers.", "", "2020"},
        {"A blast during the first war killed 12.", "explosion", "1988-1994"},
        // Years named without a keyword.
        {"Between 1988 and 1994, 30,000 people were killed.", "", "1988-1994"},
        {"In 2012 and 2020, 300 people died.", "", "2012-2020"},
        {"In 2020, 5,000 soldiers died.", "", "2020"},
        {"Since 2020, 5,000 soldiers died.", "", ""},
        {"The 2023 offensive killed 200 people.", "", ""},
        {"In 2025, 200 people will be resettled.", "", ""},
        // Without a quantity a year is no period of anything.
        {"In 2020 the war was fought.", "", ""},
        {"At least 200 people were killed.", "", ""},
    };
    const auto& phases = shipped_phases();
    for (const auto& row : rows) {
        INFO(row.text);
        const ReadSentence s(row.text);
        const auto scope = phases.events_and_periods.scope_of(s.words, "2023");
        CHECK(scope.event == row.event);
        CHECK(scope.period == row.period);
    }
}
