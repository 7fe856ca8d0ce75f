#pragma once
// The error type of every expected failure in crosscheck: a missing file, a
// bad TOML key, a plugin that will not load. Functions that can fail this way
// return `Expected<T>`; only errors that end a command become exceptions, and
// those are caught once, in main.

#include <cstdint>
#include <expected>
#include <stdexcept>
#include <string>

namespace crosscheck {

/// Where in an input file something went wrong; `line` and `column` are
/// 1-based and 0 when unknown.
struct Location {
    std::string file;
    std::uint32_t line = 0;
    std::uint32_t column = 0;

    /// "file:line:col", "file:line" or "file", whichever is known.
    [[nodiscard]] std::string to_string() const;
};

/// An expected failure, with the place it comes from when there is one.
struct Error {
    std::string message;
    Location where;

    /// "file:line:col: message" when the place is known, else the message.
    [[nodiscard]] std::string to_string() const;
};

template <class T>
using Expected = std::expected<T, Error>;

/// Shorthand for returning a failure: `return fail("no such case '{}'", slug)`.
inline std::unexpected<Error> fail(std::string message, Location where = {}) {
    return std::unexpected(Error{std::move(message), std::move(where)});
}

/// Exit statuses of the command line (see contract/cli-and-json.md).
enum class ExitCode : int {
    ok = 0,
    findings = 1,    ///< the job ran and found what --fail-on asked about
    input_error = 2, ///< usage or input error
    incomplete = 3,  ///< the job ran but a part of it failed (a plugin)
};

/// An error that ends the command: thrown by a subcommand, caught in main,
/// printed as "crosscheck: error: ..." and mapped to its exit code.
class CommandError : public std::runtime_error {
public:
    explicit CommandError(const std::string& what, ExitCode code = ExitCode::input_error)
        : std::runtime_error(what), m_code(code) {}
    explicit CommandError(const Error& error, ExitCode code = ExitCode::input_error)
        : std::runtime_error(error.to_string()), m_code(code) {}
    [[nodiscard]] ExitCode code() const noexcept { return m_code; }

private:
    ExitCode m_code;
};

} // namespace crosscheck
