#pragma once
// A small, fully specified PRNG: the same seed gives the same numbers with every compiler and
// standard library (std::uniform_int_distribution does not promise that).
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace cvdex::gen {

/// SplitMix64 step: used to seed xoshiro and to derive independent per-CV seeds.
[[nodiscard]] constexpr std::uint64_t splitmix64(std::uint64_t& state) noexcept {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/// Mixes two values into one seed ("CV number 17 of seed 42").
[[nodiscard]] constexpr std::uint64_t mix_seed(std::uint64_t seed, std::uint64_t stream) noexcept {
    std::uint64_t state = seed ^ (stream * 0xd1342543de82ef95ULL);
    (void)splitmix64(state);
    return splitmix64(state);
}

/// xoshiro256** with small helpers for the choices the generator makes.
__extension__ typedef unsigned __int128 uint128;  // GCC and Clang; __extension__ keeps -Wpedantic quiet

class Rng {
public:
    explicit Rng(std::uint64_t seed) noexcept {
        for (auto& word : s_) word = splitmix64(seed);
    }

    [[nodiscard]] std::uint64_t next() noexcept {
        const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const std::uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }

    /// Uniform in [0, n) (Lemire's multiply-shift; the tiny bias does not matter here). n > 0.
    [[nodiscard]] std::size_t below(std::size_t n) noexcept {
        return static_cast<std::size_t>((static_cast<uint128>(next()) * n) >> 64);
    }
    /// Uniform in [low, high], inclusive.
    [[nodiscard]] int between(int low, int high) noexcept {
        return low + static_cast<int>(below(static_cast<std::size_t>(high - low + 1)));
    }
    /// True with probability percent / 100.
    [[nodiscard]] bool percent(int percent) noexcept { return static_cast<int>(below(100)) < percent; }

    template <typename T>
    [[nodiscard]] const T& pick(std::span<const T> items) noexcept {
        return items[below(items.size())];
    }
    template <typename T, std::size_t N>
    [[nodiscard]] const T& pick(const T (&items)[N]) noexcept {
        return items[below(N)];
    }
    template <typename T, std::size_t N>
    [[nodiscard]] const T& pick(const std::array<T, N>& items) noexcept {
        return items[below(N)];
    }

    /// Index drawn from cumulative integer weights (last element = total).
    [[nodiscard]] std::size_t weighted(std::span<const std::uint32_t> cumulative) noexcept;

private:
    static constexpr std::uint64_t rotl(std::uint64_t x, int k) noexcept { return (x << k) | (x >> (64 - k)); }
    std::uint64_t s_[4];
};

inline std::size_t Rng::weighted(std::span<const std::uint32_t> cumulative) noexcept {
    const auto target = static_cast<std::uint32_t>(below(cumulative.back()));
    std::size_t low = 0, high = cumulative.size() - 1;
    while (low < high) {  // first index whose cumulative weight exceeds target
        std::size_t mid = (low + high) / 2;
        if (cumulative[mid] > target) high = mid;
        else low = mid + 1;
    }
    return low;
}

}  // namespace cvdex::gen
