#pragma once
/// \file
/// The C++ layer of the plugin SDK: derive from `Checker`, export the class
/// with `CROSSCHECK_EXPORT_CHECKER`, and the macro builds the C table of
/// `crosscheck_plugin.h` for you. Header-only; needs C++20.
///
/// A complete checker:
/// \code
/// #include <crosscheck/checker.hpp>
///
/// constexpr crosscheck::NumberKey k_max_ratio{"max_ratio", 2.0,
///                                             "largest tolerated high/low ratio"};
///
/// class SpreadChecker final : public crosscheck::Checker {
/// public:
///     static constexpr crosscheck::ConfigKeys config_keys{k_max_ratio};
///
///     explicit SpreadChecker(const crosscheck::Config& config)
///         : m_max_ratio(config.get(k_max_ratio)) {}
///
///     void check(const crosscheck::ClaimGroupView& group,
///                crosscheck::FindingEmitter& out) override { ... }
///
/// private:
///     double m_max_ratio;
/// };
///
/// CROSSCHECK_EXPORT_CHECKER(SpreadChecker, "spread", "1.0.0", "flags figures far apart")
/// \endcode

#include "crosscheck/claim_view.hpp"
#include "crosscheck/config.hpp"
#include "crosscheck/crosscheck_plugin.h"
#include "crosscheck/finding_emitter.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <typeinfo>

#if defined(__GNUC__)
#include <cxxabi.h>
#endif

namespace crosscheck {

/// Thrown by a checker when a claim group is something it cannot check; the
/// boundary returns it as `CROSSCHECK_ERROR_INPUT`.
class InputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Base class of every C++ checker.
///
/// A derived class declares the configuration keys it understands as
/// `static constexpr crosscheck::ConfigKeys config_keys{...}` (see
/// config.hpp; none: any key is an error) and is constructed once per
/// configuration, after the section has been checked against them: from a
/// `const Config&`, which it reads through the same keys, or by its default
/// constructor.
///
/// `check` is called once per claim group, never concurrently on the same
/// object. Any exception it throws (of any type) is caught at the plugin
/// boundary and reported by the host with the plugin's name: throw
/// `InputError` for a group you cannot handle, anything else is a bug.
class Checker {
public:
    virtual ~Checker() = default;
    Checker() = default;
    Checker(const Checker&) = delete;
    Checker& operator=(const Checker&) = delete;

    /// Compares the claims of `group` and reports discrepancies through `out`.
    virtual void check(const ClaimGroupView& group, FindingEmitter& out) = 0;
};

namespace detail {

// Copies `message` into the host's buffer, truncated, always NUL-terminated.
inline void write_error(char* buffer, std::size_t capacity, const char* message) noexcept {
    if (buffer == nullptr || capacity == 0) {
        return;
    }
    const std::size_t n = std::min(std::strlen(message), capacity - 1);
    std::memcpy(buffer, message, n);
    buffer[n] = '\0';
}

// The name of the exception being handled, for `catch (...)`.
inline std::string current_exception_type() noexcept {
#if defined(__GNUC__)
    try {
        const std::type_info* type = abi::__cxa_current_exception_type();
        if (type == nullptr) {
            return "unknown";
        }
        int status = 0;
        std::unique_ptr<char, void (*)(void*)> name{
            abi::__cxa_demangle(type->name(), nullptr, nullptr, &status), std::free};
        return status == 0 && name ? std::string(name.get()) : std::string(type->name());
    } catch (...) {
        return "unknown";
    }
#else
    return "unknown";
#endif
}

// Runs `body` and turns every exception into a status and a message: nothing
// may unwind into the host, which may not even be C++.
template <class Body>
std::int32_t guarded(char* error, std::size_t capacity, Body&& body) noexcept {
    try {
        return body();
    } catch (const ConfigError& e) {
        write_error(error, capacity, e.what());
        return CROSSCHECK_ERROR_CONFIG;
    } catch (const InputError& e) {
        write_error(error, capacity, e.what());
        return CROSSCHECK_ERROR_INPUT;
    } catch (const std::exception& e) {
        try {
            write_error(error, capacity, (current_exception_type() + ": " + e.what()).c_str());
        } catch (...) {
            write_error(error, capacity, e.what());
        }
        return CROSSCHECK_ERROR_INTERNAL;
    } catch (...) {
        try {
            write_error(error, capacity,
                        ("exception of type '" + current_exception_type() +
                         "' (not derived from std::exception)")
                            .c_str());
        } catch (...) {
            write_error(error, capacity, "exception not derived from std::exception");
        }
        return CROSSCHECK_ERROR_INTERNAL;
    }
}

// The keys `T` declares (none when it has no `config_keys`).
template <class T>
constexpr std::span<const KeyDeclaration> declared_keys() noexcept {
    static_assert(
        !requires { T::config_keys(); },
        "`static std::span<const ConfigKey> config_keys()` is replaced by "
        "`static constexpr crosscheck::ConfigKeys config_keys{...}` (see config.hpp)");
    if constexpr (requires { T::config_keys.declarations(); }) {
        return T::config_keys.declarations();
    } else {
        return {};
    }
}

template <class T>
std::int32_t init(const crosscheck_config* raw, void** state, char* error,
                  std::size_t capacity) noexcept {
    return guarded(error, capacity, [&]() -> std::int32_t {
        const Config config{raw, declared_keys<T>()};
        std::unique_ptr<T> checker;
        if constexpr (std::is_constructible_v<T, const Config&>) {
            checker = std::make_unique<T>(config);
        } else {
            static_assert(std::is_default_constructible_v<T>,
                          "a checker needs a constructor taking `const crosscheck::Config&` "
                          "or a default constructor");
            checker = std::make_unique<T>();
        }
        *state = static_cast<Checker*>(checker.release());
        return CROSSCHECK_OK;
    });
}

inline std::int32_t check(void* state, const crosscheck_claim_group* group,
                          const crosscheck_host* host, char* error, std::size_t capacity) noexcept {
    return guarded(error, capacity, [&]() -> std::int32_t {
        if (state == nullptr || group == nullptr || host == nullptr) {
            throw std::invalid_argument("check called without state, group or host");
        }
        FindingEmitter out{*host, *group};
        static_cast<Checker*>(state)->check(ClaimGroupView{*group}, out);
        return CROSSCHECK_OK;
    });
}

inline void destroy(void* state) noexcept {
    // A destructor that throws is already std::terminate; nothing to catch.
    delete static_cast<Checker*>(state);
}

// The ABI's table of the keys `T` declares, built on the first call (the
// defaults' text is not a compile-time constant) and kept for the library's
// lifetime.
template <class T>
const crosscheck_config_key* config_keys(std::size_t* count) noexcept {
    try {
        static const KeyTable table{declared_keys<T>()};
        *count = table.keys().size();
        return table.keys().empty() ? nullptr : table.keys().data();
    } catch (...) {
        *count = 0;
        return nullptr;
    }
}

template <class T>
const crosscheck_plugin* plugin_table(const char* name, const char* version,
                                      const char* description) noexcept {
    static_assert(std::is_base_of_v<Checker, T>, "the exported class must derive from "
                                                 "crosscheck::Checker");
    static const crosscheck_plugin k_table = {
        sizeof(crosscheck_plugin),
        {CROSSCHECK_API_VERSION_MAJOR, CROSSCHECK_API_VERSION_MINOR, CROSSCHECK_API_VERSION_PATCH},
        name,
        version,
        description,
        &detail::init<T>,
        &detail::check,
        &detail::destroy,
        &detail::config_keys<T>,
    };
    return &k_table;
}

} // namespace detail
} // namespace crosscheck

/// Exports `ClassName` (derived from `crosscheck::Checker`) as the plugin's
/// checker, under `name` ([a-z0-9_]+, the name rules refer to), with its own
/// `version` and a one-line `description`. Use it once per plugin, at
/// namespace scope in one .cpp file:
/// \code
/// CROSSCHECK_EXPORT_CHECKER(SpreadChecker, "spread", "1.0.0", "flags figures far apart")
/// \endcode
#define CROSSCHECK_EXPORT_CHECKER(ClassName, name, version, description)                           \
    extern "C" CROSSCHECK_PLUGIN_VISIBLE const crosscheck_plugin* crosscheck_plugin_v1(void) {     \
        return ::crosscheck::detail::plugin_table<ClassName>(name, version, description);          \
    }
