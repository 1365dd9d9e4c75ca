# Sourced by the CI scripts that run a README section as written (.ci/tool-install, .ci/readme-packages,
# .ci/template-e2e) and by .ci/doc-snippets (pack_line); run from the repository root.

# The pack .ci/run runs once; a section whose first line it is does not run it again.
pack_line='dotnet pack ChildPlan.sln -c Release -o artifacts/packages'

# readme_lines HEADING: the commands of the ```sh block under the README heading that starts with HEADING, one per
# line, without comment lines, trailing comments and blank lines (.ci/readme-commands checks the section has one).
readme_lines() {
  sed -n "/^## $1/,/^## /p" README.md | sed -n '/^```sh$/,/^```$/{/^```$/q;/^```/d;p}' | sed '/^ *#/d;s/ \{1,\}#.*$//;/^ *$/d'
}

# private_dotnet_home DIR: NuGet's package folder and the .NET CLI home (global tools, installed templates, NuGet's
# user configuration — a copy of this machine's) under DIR, so the machine's are neither used nor changed.
private_dotnet_home() {
  export NUGET_PACKAGES="$1/nuget-packages" DOTNET_CLI_HOME="$1/cli-home"
  if [ -f "$HOME/.nuget/NuGet/NuGet.Config" ]; then
    mkdir -p "$DOTNET_CLI_HOME/.nuget/NuGet"
    cp "$HOME/.nuget/NuGet/NuGet.Config" "$DOTNET_CLI_HOME/.nuget/NuGet/NuGet.Config"
  fi
}
