namespace Multiprocessing;

/// <summary>
/// Marks a class whose instances live in a <see cref="Manager"/>'s server process and are used from other processes
/// through a <see cref="Proxy{T}"/>: Python's <c>BaseManager.register(typeid, callable)</c>, checked at compile time.
/// </summary>
/// <remarks>
/// <para>The generator gives <see cref="Proxy{T}"/> of the class every public instance method and property of the
/// class (asynchronous methods stay asynchronous), gives <see cref="Manager"/> one <c>Create&lt;Name&gt;(...)</c>
/// method per public constructor, and writes the server's dispatcher as a switch over the members (no reflection).
/// Parameters and results must be serializable by MemoryPack; a member that returns another <c>[Shared]</c> class
/// returns a proxy of the object it returned (Python's nested proxies).</para>
/// <para>The class must be public or internal, non-generic, non-static and non-abstract. The analyzers report a
/// member that cannot be proxied (MP0020 to MP0025).</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class SharedAttribute : Attribute
{
    /// <summary>
    /// Whether calls on one object may run at the same time, each on the server thread of the connection that sent it.
    /// By default (false) the server runs the calls on one object one at a time, so that a class written for one
    /// thread stays correct when several processes use it. Set it for a class that is thread-safe and whose calls
    /// wait for each other (a lock whose release must run while an acquire waits).
    /// </summary>
    public bool ConcurrentCalls { get; set; }
}
