#include "host/extract/number/mention.hpp"

namespace crosscheck::extract::number {

std::string_view to_string(NumberKind k) {
    switch (k) {
    case NumberKind::quantity:
        return "quantity";
    case NumberKind::year:
        return "year";
    case NumberKind::date:
        return "date";
    case NumberKind::clock_time:
        return "clock_time";
    case NumberKind::ordinal:
        return "ordinal";
    case NumberKind::duration:
        return "duration";
    case NumberKind::phone:
        return "phone";
    case NumberKind::ip_address:
        return "ip_address";
    case NumberKind::version:
        return "version";
    case NumberKind::list_marker:
        return "list_marker";
    case NumberKind::label:
        return "label";
    }
    return "quantity";
}

} // namespace crosscheck::extract::number
