// End-to-end: `crosscheck plugin new NAME [DIR]` writes the SDK's template
// named after NAME, builds it, and the host then loads and runs it on a case
// with the rules line it printed; a bad name or a non-empty folder is
// refused with nothing written; an installed crosscheck writes from its
// installed template.
#include "tests/support/process.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>

using namespace crosscheck::testing;

namespace {

ProcessOptions in_dir(const TempDir& dir) {
    ProcessOptions options = without_plugin_path();
    options.cwd = dir.path();
    return options;
}

std::set<std::string> files_under(const std::filesystem::path& root) {
    std::set<std::string> out;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (entry.is_regular_file()) {
            out.insert(std::filesystem::relative(entry.path(), root).generic_string());
        }
    }
    return out;
}

// Every file of the project outside its build folder.
std::set<std::string> project_files(const std::filesystem::path& root) {
    std::set<std::string> out;
    for (const auto& file : files_under(root)) {
        if (!file.starts_with("build/")) {
            out.insert(file);
        }
    }
    return out;
}

} // namespace

TEST_CASE("plugin new: the template named after NAME, built, loaded and run by the host",
          "[e2e][plugins][plugin-new][slow]") {
    TempDir dir;
    auto r = run_crosscheck({"plugin", "new", "no_drop"}, in_dir(dir));
    INFO(r.out << r.err);
    REQUIRE(r.exit_code == 0);

    const auto project = dir / "no_drop";
    CHECK(project_files(project) == std::set<std::string>{"CMakeLists.txt", "rules.toml",
                                                          "src/no_drop.cpp",
                                                          "tests/test_no_drop.cpp"});
    // NAME everywhere: no spelling of the template's own name is left.
    for (const auto& file : project_files(project)) {
        const auto text = read_file(project / file);
        INFO(file);
        CHECK_THAT(text, !Catch::Contains("my_checker", Catch::CaseSensitive::No) &&
                             !Catch::Contains("MyChecker"));
    }
    CHECK_THAT(read_file(project / "src/no_drop.cpp"),
               Catch::Contains("class NoDrop final") &&
                   Catch::Contains("CROSSCHECK_EXPORT_CHECKER(NoDrop, \"no_drop\""));
    CHECK_THAT(read_file(project / "CMakeLists.txt"),
               Catch::Contains("crosscheck_add_plugin(no_drop SOURCES src/no_drop.cpp)") &&
                   Catch::Contains("NO_DROP_BUILD_TESTS"));
    REQUIRE(std::filesystem::is_regular_file(project / "build/plugins/no_drop.so"));
    // The next step, as printed.
    CHECK_THAT(r.out, Catch::Contains("checkers_add = [\"no_drop\"]") &&
                          Catch::Contains("crosscheck --plugins no_drop/build check --case SLUG "
                                          "--rules no_drop/rules.toml"));

    // The host lists it from the build folder...
    r = run_crosscheck({"--plugins", "no_drop/build", "plugins", "list"}, in_dir(dir));
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("no_drop  0.1.0"));

    // ...and runs it on a case with the printed rules: a toll that falls.
    dir.write("sources/a.md", "+++\noutlet = \"Lakeside Herald\"\n"
                              "url = \"https://lakeside.example/a\"\n"
                              "published = 2023-09-20T09:00:00Z\n+++\n\n"
                              "The health ministry said 200 people were killed in the fighting.\n");
    dir.write("sources/b.md", "+++\noutlet = \"Valley Courier\"\n"
                              "url = \"https://valley.example/b\"\n"
                              "published = 2023-09-22T10:00:00Z\n+++\n\n"
                              "The health ministry said 150 people were killed in the fighting.\n");
    r = run_crosscheck({"--db", "t.db", "ingest", "--case", "k", "sources"}, in_dir(dir));
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    r = run_crosscheck({"--db", "t.db", "--plugins", "no_drop/build", "check", "--case", "k",
                        "--rules", "no_drop/rules.toml"},
                       in_dir(dir));
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    r = run_crosscheck({"--db", "t.db", "report", "--case", "k", "--format", "json"}, in_dir(dir));
    REQUIRE(r.exit_code == 0);
    std::set<std::string> checkers;
    const auto report = nlohmann::json::parse(r.out); // kept alive: the loop reads into it
    for (const auto& finding : report["findings"]) {
        for (const auto& reason : finding["reasons"]) {
            checkers.insert(reason["checker"].get<std::string>());
        }
    }
    CHECK(checkers.count("no_drop") == 1);
}

TEST_CASE("plugin new: a bad name or a folder in use is refused, and nothing is written",
          "[e2e][plugins][plugin-new]") {
    TempDir dir;
    auto r = run_crosscheck({"plugin", "new", "No-Drop", "--no-build"}, in_dir(dir));
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("'No-Drop' is not a plugin name") &&
                          Catch::Contains("did you mean 'no_drop'?"));
    r = run_crosscheck({"plugin", "new", "test", "--no-build"}, in_dir(dir));
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("CMake keeps that target name"));
    CHECK(files_under(dir.path()).empty());

    dir.write("taken/notes.txt", "mine\n");
    r = run_crosscheck({"plugin", "new", "no_drop", "taken", "--no-build"}, in_dir(dir));
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err,
               Catch::Contains("'taken' is not empty") && Catch::Contains("nothing was written"));
    CHECK(files_under(dir.path()) == std::set<std::string>{"taken/notes.txt"});
    CHECK(read_file(dir / "taken/notes.txt") == "mine\n");

    // An empty folder will do; --no-build writes and says how to build.
    std::filesystem::create_directory(dir / "empty");
    r = run_crosscheck({"plugin", "new", "no_drop", "empty", "--no-build"}, in_dir(dir));
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(project_files(dir / "empty").count("src/no_drop.cpp") == 1);
    CHECK_FALSE(std::filesystem::exists(dir / "empty/build"));
    CHECK_THAT(r.out, Catch::Contains("build it with: cmake -S empty -B empty/build"));

    // A build that fails (no SDK where --sdk says) keeps the project and
    // says what to run once it is fixed.
    auto options = in_dir(dir);
    options.unset_env.push_back("CMAKE_PREFIX_PATH");
    r = run_crosscheck({"plugin", "new", "tally", "--sdk", (dir / "no-sdk-here").string()},
                       options);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("the crosscheck plugin SDK was not found") &&
                          Catch::Contains("the project is written") &&
                          Catch::Contains("&& cmake --build tally/build"));
    CHECK(project_files(dir / "tally").count("src/tally.cpp") == 1);
}

TEST_CASE("plugin new: an installed crosscheck writes from its installed template",
          "[e2e][plugins][plugin-new]") {
    TempDir dir;
    const auto prefix = dir / "prefix";
    auto r =
        run_process(CROSSCHECK_CMAKE_COMMAND, {"--install", CROSSCHECK_BINARY_DIR, "--component",
                                               "host", "--prefix", prefix.string()});
    INFO(r.out << r.err);
    REQUIRE(r.exit_code == 0);
    const auto installed_template = prefix / "share/crosscheck/plugin-template";
    REQUIRE(std::filesystem::is_regular_file(installed_template / "CMakeLists.txt"));
    // Marked, to tell the installed copy from the source tree's.
    dir.write("prefix/share/crosscheck/plugin-template/NOTES-my_checker.md", "installed copy\n");

    r = run_process(prefix / "bin/crosscheck", {"plugin", "new", "tally", "--no-build"},
                    in_dir(dir));
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(read_file(dir / "tally/NOTES-tally.md") == "installed copy\n");
    CHECK(project_files(dir / "tally").count("src/tally.cpp") == 1);
}
