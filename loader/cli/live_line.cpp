#include "cli/live_line.h"

#include <cstdio>
#include <mutex>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <unistd.h>

namespace baocao::cli {

namespace {

struct LiveLine {
    std::mutex mutex;
    std::string text;  // "" when none is shown
};

LiveLine& live_line() {
    static LiveLine line;
    return line;
}

constexpr const char* kEraseLine = "\r\033[K";

class LiveLineAwareSink : public spdlog::sinks::sink {
public:
    LiveLineAwareSink() : inner_(std::make_shared<spdlog::sinks::ansicolor_stderr_sink_mt>()) {}

    void log(const spdlog::details::log_msg& msg) override {
        auto& line = live_line();
        std::lock_guard<std::mutex> lock(line.mutex);
        if (!line.text.empty()) std::fputs(kEraseLine, stderr);
        inner_->log(msg);
        inner_->flush();
        if (!line.text.empty()) std::fputs(line.text.c_str(), stderr);
        std::fflush(stderr);
    }
    void flush() override { inner_->flush(); }
    void set_pattern(const std::string& pattern) override { inner_->set_pattern(pattern); }
    void set_formatter(std::unique_ptr<spdlog::formatter> formatter) override {
        inner_->set_formatter(std::move(formatter));
    }

private:
    std::shared_ptr<spdlog::sinks::sink> inner_;
};

}  // namespace

bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

void show_live_line(const std::string& text) {
    auto& line = live_line();
    std::lock_guard<std::mutex> lock(line.mutex);
    line.text = text;
    std::fputs(kEraseLine, stderr);
    std::fputs(text.c_str(), stderr);
    std::fflush(stderr);
}

void clear_live_line() {
    auto& line = live_line();
    std::lock_guard<std::mutex> lock(line.mutex);
    if (line.text.empty()) return;
    line.text.clear();
    std::fputs(kEraseLine, stderr);
    std::fflush(stderr);
}

std::shared_ptr<spdlog::sinks::sink> make_log_sink() { return std::make_shared<LiveLineAwareSink>(); }

}  // namespace baocao::cli
