// A plugin that throws where its configuration says: `throw_in` = "init" or
// "check", `throw_type` = "std" (std::runtime_error), "int" (a non-std type)
// or "custom" (a class not derived from std::exception).
#include <crosscheck/checker.hpp>

#include <stdexcept>
#include <string>

namespace {

struct CustomFailure {
    std::string what;
};

[[noreturn]] void throw_as(const std::string& type, const std::string& where) {
    if (type == "int") {
        throw 42;
    }
    if (type == "custom") {
        throw CustomFailure{where};
    }
    throw std::runtime_error("boom in " + where);
}

constexpr crosscheck::StringKey k_throw_in{"throw_in", "check", "\"init\" or \"check\""};
constexpr crosscheck::StringKey k_throw_type{"throw_type", "std", "\"std\", \"int\" or \"custom\""};

class ThrowingChecker final : public crosscheck::Checker {
public:
    static constexpr crosscheck::ConfigKeys config_keys{k_throw_in, k_throw_type};

    explicit ThrowingChecker(const crosscheck::Config& config)
        : m_where(config.get(k_throw_in)), m_type(config.get(k_throw_type)) {
        if (m_where == "init") {
            throw_as(m_type, "init");
        }
    }

    void check(const crosscheck::ClaimGroupView&, crosscheck::FindingEmitter&) override {
        throw_as(m_type, "check");
    }

private:
    std::string m_where;
    std::string m_type;
};

} // namespace

CROSSCHECK_EXPORT_CHECKER(ThrowingChecker, "throwing", "0.1.0",
                          "Throws from init or check (test plugin)")
