#!/usr/bin/env python3
"""Writes src/Runtime/Processes/Process.Create.cs: the Process.Create overloads, one per delegate shape and arity.

The overloads only give call sites their types; the generator intercepts every call to them with code that
serializes the arguments and names the entry, so their bodies run only when a call escaped the generator.
Run it again after changing the shapes or MaxArity, and commit the output.
"""
import pathlib

MAX_ARITY = 6
OUT = pathlib.Path(__file__).resolve().parent.parent / "src/Runtime/Processes/Process.Create.cs"

# (delegate return type or None for Action, generic result parameter, process type, summary of the entry)
SHAPES = [
    (None, False, "Process", "returns nothing"),
    ("Task", False, "Process", "returns a <see cref=\"Task\"/>"),
    ("ValueTask", False, "Process", "returns a <see cref=\"ValueTask\"/>"),
    ("TResult", True, "Process<TResult>", "returns a value"),
    ("Task<TResult>", True, "Process<TResult>", "returns a <see cref=\"Task{TResult}\"/>"),
    ("ValueTask<TResult>", True, "Process<TResult>", "returns a <see cref=\"ValueTask{TResult}\"/>"),
]


def overload(arity, shape, token):
    returns, generic_result, process, summary = shape
    args = [f"T{i}" for i in range(1, arity + 1)]
    delegate_args = args + (["CancellationToken"] if token else [])
    type_params = args + (["[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TResult"] if generic_result else [])
    if returns is None:
        delegate = "Action" + (f"<{', '.join(delegate_args)}>" if delegate_args else "")
    else:
        delegate = f"Func<{', '.join(delegate_args + [returns])}>"
    generic = f"<{', '.join(type_params)}>" if type_params else ""
    params = [f"{delegate} target"] + [f"T{i} arg{i}" for i in range(1, arity + 1)]
    token_note = " Its trailing <see cref=\"CancellationToken\"/> is bound in the child and cancelled by <see cref=\"Terminate\"/>." if token else ""
    lines = [
        f"    /// <summary>Creates a process that runs <paramref name=\"target\"/>, a [ProcessEntry] method that {summary}, in a child.{token_note}</summary>",
        "    /// <param name=\"target\">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>",
    ]
    lines += [f"    /// <typeparam name=\"T{i}\">The type of argument {i}.</typeparam>" for i in range(1, arity + 1)]
    if generic_result:
        lines.append("    /// <typeparam name=\"TResult\">The entry's result, returned through <see cref=\"Process{TResult}.Result\"/>.</typeparam>")
    lines += [f"    /// <param name=\"arg{i}\">Argument {i}, serialized now and passed to the child.</param>" for i in range(1, arity + 1)]
    lines += [
        f"    public static {process} Create{generic}({', '.join(params)}) => throw NotIntercepted(target);",
        "",
    ]
    return lines


def main():
    out = [
        "// Written by tools/write-create-overloads.py; edit that script, not this file.",
        "using System.Diagnostics.CodeAnalysis;",
        "",
        "namespace Multiprocessing;",
        "",
        "public partial class Process",
        "{",
    ]
    for arity in range(MAX_ARITY + 1):
        for token in (False, True):
            for shape in SHAPES:
                out += overload(arity, shape, token)
    out[-1:] = ["}"]
    OUT.write_text("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
