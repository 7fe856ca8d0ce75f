#pragma once
// The child side of plugin isolation: what `crosscheck plugin-host` runs in
// the process the watchdog (plugin_watchdog.hpp) starts. It loads one plugin
// and answers the host's init and check requests (isolation_protocol.hpp)
// until its request pipe closes.

#include <filesystem>

namespace crosscheck::plugin {

/// Serves one plugin. Expects the request pipe on fd 0 and the reply pipe
/// on fd 1, and the plugin file open on `plugin_fd`. Before loading anything
/// it moves both pipes to descriptors above 9, points fd 1 (stdout) at
/// stderr and fd 0 at /dev/null, so a plugin that prints cannot corrupt the
/// protocol, and restores the default action of the crash signals (a
/// sanitizer's handler would otherwise turn SIGSEGV into an exit status).
/// `shown_as` is the plugin's path for messages. Returns the exit status:
/// 0 when the host closed the pipe, 2 on a protocol error.
int run_plugin_child(int plugin_fd, const std::filesystem::path& shown_as);

} // namespace crosscheck::plugin
