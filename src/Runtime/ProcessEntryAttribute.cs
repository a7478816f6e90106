namespace Multiprocessing;

/// <summary>
/// Marks a static method that can run in a child process, the analog of a function passed as
/// <c>Process(target=f)</c> in Python. The generator emits the child-side dispatch and the argument and result
/// serializers for it at build time; start it with <see cref="Process.Create(Action)"/> and its overloads.
/// </summary>
/// <remarks>
/// The method must be static, non-generic, declared in a non-generic type reachable from generated code (not
/// private), and its parameters and return value must be serializable by MemoryPack. It may return <c>void</c>,
/// a value, <see cref="Task"/>, <see cref="Task{TResult}"/>, <see cref="ValueTask"/> or
/// <see cref="ValueTask{TResult}"/>, and may take a trailing <see cref="CancellationToken"/>, which is cancelled
/// in the child when the parent calls <see cref="Process.Terminate"/>.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ProcessEntryAttribute : Attribute
{
}
