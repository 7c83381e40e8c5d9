// A status line redrawn in place on a terminal (stderr), and the log sink
// that keeps log messages from being drawn over it: a message clears the
// line, is printed, and the line is drawn again below it.
#pragma once

#include <memory>
#include <string>

#include <spdlog/sinks/sink.h>

namespace baocao::cli {

// True when stderr is a terminal: then a live line can be redrawn there.
bool stderr_is_terminal();

// Shows text as the live line, in place of the previous one.
void show_live_line(const std::string& text);
// Removes the live line (before a summary, at the end of a run).
void clear_live_line();

// The sink of the program's log: coloured lines on stderr, aware of the live line.
std::shared_ptr<spdlog::sinks::sink> make_log_sink();

}  // namespace baocao::cli
