#include "host/cli/check_reuse.hpp"

#include "host/util/sha256.hpp"

#include <filesystem>
#include <system_error>

namespace crosscheck::cli {
namespace {

void add(Sha256& hash, const std::string& field) {
    hash.update(std::to_string(field.size()) + ":" + field + ";");
}

// Size and modification time: a rebuilt or replaced file shows, without
// reading megabytes of code on every check.
std::string file_stamp(const std::filesystem::path& file) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) {
        return "missing";
    }
    const auto time = std::filesystem::last_write_time(file, ec);
    if (ec) {
        return "missing";
    }
    return std::to_string(size) + "@" + std::to_string(time.time_since_epoch().count());
}

} // namespace

std::string check_input_fingerprint(store::Database& db, std::int64_t case_id,
                                    const rules::LoadedRules& rules,
                                    const plugin::PluginRegistry& registry) {
    Sha256 hash;
    add(hash, "crosscheck " CROSSCHECK_VERSION);
    add(hash, file_stamp("/proc/self/exe"));
    add(hash, rules.extraction.hash); // every rule file's name and text
    for (const plugin::PluginInfo* p : registry.plugins()) {
        add(hash, p->name);
        add(hash, p->version);
        add(hash, p->file.string());
        add(hash, file_stamp(p->file));
        add(hash, registry.isolation(p->name) ? "isolated" : "in-process");
    }
    add(hash, store::case_input_digest(db, case_id));
    return hash.hex_digest();
}

std::optional<store::StoredRun> reusable_run(store::Database& db, std::int64_t case_id,
                                             const std::string& fingerprint) {
    auto run = store::latest_run(db, case_id);
    if (!run || !run->complete || run->input_fingerprint.empty() ||
        run->input_fingerprint != fingerprint) {
        return std::nullopt;
    }
    return run;
}

} // namespace crosscheck::cli
