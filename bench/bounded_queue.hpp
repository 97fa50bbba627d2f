#pragma once
// A blocking queue of bounded size between parser threads and the single writer, so memory
// stays flat whatever the corpus size.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace cvdex::bench {

template <typename T>
class BoundedQueue {
public:
    explicit BoundedQueue(std::size_t capacity) : capacity_(capacity) {}

    void push(T item) {
        std::unique_lock lock(mutex_);
        not_full_.wait(lock, [&] { return items_.size() < capacity_ || abandoned_; });
        if (abandoned_) return;
        items_.push_back(std::move(item));
        not_empty_.notify_one();
    }
    /// The next item; nothing once every producer has called close() and the queue is empty.
    std::optional<T> pop() {
        std::unique_lock lock(mutex_);
        not_empty_.wait(lock, [&] { return !items_.empty() || open_producers_ == 0; });
        if (items_.empty()) return std::nullopt;
        T item = std::move(items_.front());
        items_.pop_front();
        not_full_.notify_one();
        return item;
    }
    void set_producers(std::size_t n) {
        std::lock_guard lock(mutex_);
        open_producers_ = n;
    }
    void close() {
        std::lock_guard lock(mutex_);
        if (open_producers_ > 0) --open_producers_;
        not_empty_.notify_all();
    }

    /// The consumer gave up (an error): pushes return at once and drop their item.
    void abandon() {
        std::lock_guard lock(mutex_);
        abandoned_ = true;
        items_.clear();
        not_full_.notify_all();
    }

private:
    std::size_t capacity_;
    bool abandoned_ = false;
    std::size_t open_producers_ = 1;
    std::deque<T> items_;
    std::mutex mutex_;
    std::condition_variable not_empty_, not_full_;
};

}  // namespace cvdex::bench
