#pragma once
// Errors at the edges (files, USB, printer, config) travel as values, never as exceptions
// across the UI. Result<T> holds either a value or a plain-words message.
#include <string>
#include <utility>
#include <variant>

namespace ww {

struct Error {
    std::string message;  // plain English, for logs and the CLI
};

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : data_(std::move(value)) {}
    Result(Error error) : data_(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(data_); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(data_); }
    const T& value() const& { return std::get<T>(data_); }
    T&& value() && { return std::get<T>(std::move(data_)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const std::string& error() const { return std::get<Error>(data_).message; }

private:
    std::variant<T, Error> data_;
};

// For operations that return nothing but can fail.
struct Ok {};
using Status = Result<Ok>;
inline Status success() { return Ok{}; }
inline Error fail(std::string message) { return Error{std::move(message)}; }

}  // namespace ww
