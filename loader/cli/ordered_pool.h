// Runs work(0) .. work(count - 1) on a few threads and hands the results back
// in index order, so that a run with many workers prints and stores exactly
// what a run with one does. At most `window` results wait ahead of the
// consumer: memory stays flat however many items there are.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace baocao::cli {

template <typename Result>
class OrderedPool {
public:
    using Work = std::function<Result(std::size_t)>;

    OrderedPool(std::size_t count, std::size_t workers, std::size_t window, Work work)
        : count_(count), window_(window ? window : 1), work_(std::move(work)), slots_(window_) {
        if (workers == 0) workers = 1;
        for (std::size_t i = 0; i < workers && i < count_; ++i) threads_.emplace_back([this] { run_worker(); });
    }

    ~OrderedPool() {
        stop();
        for (auto& thread : threads_) thread.join();
    }

    OrderedPool(const OrderedPool&) = delete;
    OrderedPool& operator=(const OrderedPool&) = delete;

    // The next result in index order (waits for it); nullopt when every
    // result was taken or stop() was called. Rethrows what work() threw.
    std::optional<Result> next() {
        std::unique_lock<std::mutex> lock(mutex_);
        if (delivered_ == count_) return std::nullopt;
        Slot& slot = slots_[delivered_ % window_];
        ready_.wait(lock, [&] { return stopped_ || slot.filled; });
        if (stopped_) return std::nullopt;
        slot.filled = false;
        ++delivered_;
        space_.notify_all();
        if (slot.error) std::rethrow_exception(std::exchange(slot.error, nullptr));
        std::optional<Result> result = std::move(slot.result);
        slot.result.reset();
        return result;
    }

    // Starts no more work; work under way finishes and is thrown away.
    void stop() {
        std::lock_guard<std::mutex> lock(mutex_);
        stopped_ = true;
        ready_.notify_all();
        space_.notify_all();
    }

private:
    struct Slot {
        bool filled = false;
        std::optional<Result> result;
        std::exception_ptr error;
    };

    void run_worker() {
        for (;;) {
            std::size_t index = 0;
            {
                std::unique_lock<std::mutex> lock(mutex_);
                space_.wait(lock, [&] { return stopped_ || started_ == count_ || started_ < delivered_ + window_; });
                if (stopped_ || started_ == count_) return;
                index = started_++;
            }
            std::optional<Result> result;
            std::exception_ptr error;
            try {
                result.emplace(work_(index));
            } catch (...) {
                error = std::current_exception();
            }
            std::lock_guard<std::mutex> lock(mutex_);
            Slot& slot = slots_[index % window_];
            slot.result = std::move(result);
            slot.error = error;
            slot.filled = true;
            ready_.notify_all();
        }
    }

    const std::size_t count_, window_;
    Work work_;
    std::vector<Slot> slots_;  // a ring: index i waits in slots_[i % window_]
    std::vector<std::thread> threads_;
    std::mutex mutex_;
    std::condition_variable ready_, space_;
    std::size_t started_ = 0, delivered_ = 0;
    bool stopped_ = false;
};

}  // namespace baocao::cli
