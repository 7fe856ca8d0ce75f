// libFuzzer target for the number scanner: any bytes in, no crash, no
// sanitizer report, and every mention inside the input with a finite value.

#include "host/extract/number/scanner.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto mentions = crosscheck::extract::number::find_numbers(text);
    std::size_t previous_start = 0;
    for (const auto& m : mentions) {
        if (m.start >= m.end || m.end > size || m.start < previous_start ||
            m.number_start < m.start || m.number_start >= m.end || !std::isfinite(m.value) ||
            (m.low && !std::isfinite(*m.low)) || (m.high && !std::isfinite(*m.high)) ||
            (m.low && m.high && *m.low > *m.high)) {
            std::abort();
        }
        previous_start = m.start;
    }
    return 0;
}
