#!/usr/bin/env python3
"""Writes the man pages of both programs and the CLI's bash completion from the programs' own help.

Run by the build after both executables are linked, so the pages and the completion can never
describe options the programs do not have.

Usage: make-cli-docs.py CLI GUI VERSION OUTPUT_DIR
Writes OUTPUT_DIR/eo-collector-cli.1.gz, OUTPUT_DIR/eo-collector.1.gz (compressed as Debian wants,
without a time stamp so builds are reproducible) and OUTPUT_DIR/eo-collector-cli.bash.
"""
import gzip
import os
import re
import subprocess
import sys
import time

# Reproducible builds set SOURCE_DATE_EPOCH; otherwise the page carries the day it was built.
DATE = time.strftime("%Y-%m-%d", time.gmtime(int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))))


def help_of(program, *args):
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8", LANGUAGE="en", QT_QPA_PLATFORM="offscreen",
               # A sanitizer build's programs run here too; Qt's lifelong allocations are no failure.
               ASAN_OPTIONS="detect_leaks=0")
    done = subprocess.run([program, *args, "--help"], capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        sys.exit(f"{program} {' '.join(args)} --help failed ({done.returncode}): {done.stderr.strip()}")
    # Qt's usage line names the program as it was started: here the build tree's path.
    return done.stdout.replace(program, os.path.basename(program))


def roff_text(line):
    """Escapes a line of help for roff: backslashes, and a leading dot or quote."""
    line = line.replace("\\", "\\e").replace("-", "\\-")
    # Characters beyond ASCII (arrows, accents) as groff's named Unicode escapes, so the page reads
    # the same whatever encoding man assumes.
    line = "".join(c if ord(c) < 128 else "\\[u%04X]" % ord(c) for c in line)
    if line.startswith((".", "'")):
        line = "\\&" + line
    return line


def verbatim(text):
    return [".nf"] + [roff_text(l) for l in text.rstrip("\n").split("\n")] + [".fi"]


def commands_of(general_help):
    """The commands listed under 'Commands:' in the CLI's general help, with their summaries."""
    commands, inside = [], False
    for line in general_help.splitlines():
        if line.strip() == "Commands:":
            inside = True
            continue
        if inside:
            m = re.match(r"^  ([a-z][a-z-]*)\s+(.*)$", line)
            if not m:
                break
            commands.append((m.group(1), m.group(2).strip()))
    if not commands:
        sys.exit("the CLI's help lists no commands under 'Commands:'")
    return commands


def options_of(command_help):
    """Every long option a command's help names at the start of an option line."""
    options = []
    for line in command_help.splitlines():
        for m in re.finditer(r"(?:^\s+|,\s*)(--[a-z][a-z0-9-]*)", line):
            if m.group(1) not in options:
                options.append(m.group(1))
    return options


def cli_page(version, general, per_command):
    out = [f'.TH EO-COLLECTOR-CLI 1 "{DATE}" "EO Collector {version}" "User Commands"',
           ".SH NAME", "eo-collector-cli \\- search and download Earth-observation imagery from many providers",
           ".SH SYNOPSIS", ".B eo-collector-cli",
           "[\\fB\\-\\-set\\fR \\fIKEY=VALUE\\fR]... [\\fB\\-\\-config\\fR \\fIFILE\\fR] \\fICOMMAND\\fR [\\fIoptions\\fR]",
           ".SH DESCRIPTION",
           "The command-line twin of \\fBeo-collector\\fR(1): the same providers, searches, download queue "
           "and accounts, for scripts and servers. Each command's options follow, as "
           "\\fBeo-collector-cli\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR prints them.",
           ".SH OVERVIEW"]
    out += verbatim(general)
    out.append(".SH COMMANDS")
    for name, summary, text in per_command:
        out += [f".SS {name}", roff_text(summary)]
        out += verbatim(text)
    out += [".SH FILES", ".TP", ".I ~/.config/eo-collector/settings.ini",
            "Settings (endpoints, network, download folder and queue); \\fB\\-\\-set\\fR and "
            "\\fB\\-\\-config\\fR override them for one run.",
            ".TP", ".I ~/.local/share/eo-collector/",
            "The download journal and the user's provider plug-ins.",
            ".SH SECURITY",
            "Passwords and tokens are kept in the system keychain, never in settings files or on the "
            "command line; \\fBeo-collector-cli account\\fR stores them.",
            ".SH SEE ALSO", "\\fBeo-collector\\fR(1)"]
    return "\n".join(out) + "\n"


def gui_page(version, text):
    out = [f'.TH EO-COLLECTOR 1 "{DATE}" "EO Collector {version}" "User Commands"',
           ".SH NAME", "eo-collector \\- find and download satellite imagery on a map",
           ".SH SYNOPSIS", ".B eo-collector", "[\\fIQt options\\fR]",
           ".SH DESCRIPTION"]
    out += verbatim(text)
    out += [".SH SEE ALSO", "\\fBeo-collector-cli\\fR(1)"]
    return "\n".join(out) + "\n"


def completion(global_options, per_command_options):
    lines = ["# bash completion for eo-collector-cli, generated from its --help by make-cli-docs.py",
             "_eo_collector_cli()", "{",
             "    local cur prev words cword",
             "    _init_completion || return",
             "    case $prev in",
             "        --config|--output|--region|--from|--journal) _filedir; return ;;",
             "    esac",
             "    local command='' i",
             "    for ((i = 1; i < cword; i++)); do",
             "        case ${words[i]} in",
             "            --set|--config) ((i++)) ;;",
             "            -*) ;;",
             "            *) command=${words[i]}; break ;;",
             "        esac",
             "    done",
             "    local options",
             "    case $command in"]
    for name, options in per_command_options:
        lines.append(f"        {name}) options='{' '.join(options)}' ;;")
    names = " ".join(name for name, _ in per_command_options)
    lines += [f"        '') options='{' '.join(global_options)}'",
              f"            if [[ $cur != -* ]]; then COMPREPLY=($(compgen -W '{names}' -- \"$cur\")); return; fi ;;",
              "    esac",
              "    COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))",
              "}",
              "complete -F _eo_collector_cli eo-collector-cli"]
    return "\n".join(lines) + "\n"


def write_man_page(path, text):
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as f:
        f.write(text.encode("utf-8"))


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    cli, gui, version, out_dir = sys.argv[1:]
    os.makedirs(out_dir, exist_ok=True)
    general = help_of(cli)
    per_command = [(name, summary, help_of(cli, name)) for name, summary in commands_of(general)]
    write_man_page(os.path.join(out_dir, "eo-collector-cli.1.gz"), cli_page(version, general, per_command))
    write_man_page(os.path.join(out_dir, "eo-collector.1.gz"), gui_page(version, help_of(gui)))
    with open(os.path.join(out_dir, "eo-collector-cli.bash"), "w", encoding="utf-8") as f:
        f.write(completion(options_of(general), [(name, options_of(text)) for name, _, text in per_command]))


if __name__ == "__main__":
    main()
