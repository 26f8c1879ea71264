# The migproc gem: examples/ruby/lib/migproc.rb (ffi) and the library's C
# sources, which ext/migproc/Rakefile compiles into the gem at install with the
# system's C compiler (no meson, no system libmigproc needed).
#   cd examples/ruby && gem build migproc.gemspec && gem install --local migproc-*.gem
# ext/migproc/lib and ext/migproc/include are links to the top of the tree:
# the gem carries copies of the files they lead to.
Gem::Specification.new do |s|
  s.name = "migproc"
  # The project's version, written once, in meson.build.
  s.version = File.read(File.join(__dir__, "..", "..", "meson.build"))[/version: '([^']+)'/, 1]
  s.summary = "Which states belong to which migration process of the Americas, since when, " \
              "according to whom (libmigproc through ffi)"
  s.description = "The sourced graph of the intergovernmental migration processes of the " \
                  "Americas compiled into libmigproc, a small C library with no heap, from Ruby."
  s.authors = ["libmigproc authors"]
  s.license = "MIT"
  s.required_ruby_version = ">= 3.0"
  s.add_runtime_dependency "ffi", "~> 1.15"
  # Runs ext/migproc/Rakefile at install.
  s.add_runtime_dependency "rake", ">= 12", "< 14"
  s.files = Dir.chdir(__dir__) do
    ["lib/migproc.rb", "ext/migproc/Rakefile", "ext/migproc/lib/migproc.map"] +
      Dir["ext/migproc/lib/*.{c,h}"] + Dir["ext/migproc/include/*.h"]
  end
  s.extensions = ["ext/migproc/Rakefile"]
  s.require_paths = ["lib"]
end
