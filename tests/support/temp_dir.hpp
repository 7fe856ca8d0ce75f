#pragma once
// A fresh directory under the system temp folder, removed with its contents
// when the object goes out of scope.

#include <filesystem>
#include <string>
#include <string_view>

namespace crosscheck::testing {

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    /// `path() / name`.
    [[nodiscard]] std::filesystem::path operator/(std::string_view name) const {
        return m_path / name;
    }
    /// Writes `content` to `path() / name` (creating folders) and returns the path.
    std::filesystem::path write(std::string_view name, std::string_view content) const;

private:
    std::filesystem::path m_path;
};

/// The whole content of the file at `path`.
std::string read_file(const std::filesystem::path& path);

} // namespace crosscheck::testing
