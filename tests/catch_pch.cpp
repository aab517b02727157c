// Nothing to compile: this file only makes CMake precompile catch.hpp with the Catch2 main's
// flags, and every test program reuses that header (tests/CMakeLists.txt).
