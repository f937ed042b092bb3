-- Seeds the BUILTIN organisation's question bank (20 Django questions, version 1) and red-flag catalogue; changes to the bank come as new versions in later migrations.

insert into red_flag (org_id, id, title, severity, description) values
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0003-000000000001', $$ORM ignorance$$, $$MAJOR$$,
    $$The candidate falls back on raw SQL for everything, or cannot explain how they would make ORM queries efficient, which points to limited hands-on Django experience.$$),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0003-000000000002', $$Security negligence$$, $$CRITICAL$$,
    $$The candidate talks about building or securing an application without ever raising CSRF, XSS or SQL injection protection, leaving dangerous gaps in what they know.$$),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0003-000000000003', $$No testing culture$$, $$MAJOR$$,
    $$The candidate does not write automated tests, or cannot describe how they would test an application, so their code is likely to add technical debt.$$),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0003-000000000004', $$Outdated practices$$, $$MINOR$$,
    $$The candidate only ever uses function-based views or shows no awareness of features added since Django 3.x, suggesting their knowledge has stopped moving.$$),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0003-000000000005', $$Anti-patterns$$, $$MAJOR$$,
    $$The candidate describes putting business logic in templates, living with circular imports or wiring behaviour through tangled signals, showing weak architectural judgement.$$),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0003-000000000006', $$Poor communication$$, $$MINOR$$,
    $$The candidate cannot explain why they made a technical decision in terms a non-technical stakeholder could follow.$$);

insert into question (org_id, id, code, latest_version) values
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0001-000000000001', $$Q1$$, 1),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0001-000000000002', $$Q2$$, 1),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0001-000000000003', $$Q3$$, 1),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0001-000000000004', $$Q4$$, 1),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0001-000000000005', $$Q5$$, 1),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0001-000000000006', $$Q6$$, 1),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0001-000000000007', $$Q7$$, 1),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0001-000000000008', $$Q8$$, 1),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0001-000000000009', $$Q9$$, 1),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0001-000000000010', $$Q10$$, 1),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0001-000000000011', $$Q11$$, 1),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0001-000000000012', $$Q12$$, 1),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0001-000000000013', $$Q13$$, 1),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0001-000000000014', $$Q14$$, 1),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0001-000000000015', $$Q15$$, 1),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0001-000000000016', $$Q16$$, 1),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0001-000000000017', $$Q17$$, 1),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0001-000000000018', $$Q18$$, 1),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0001-000000000019', $$Q19$$, 1),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0001-000000000020', $$Q20$$, 1);

insert into question_version (org_id, id, question_id, version, section, competency, text, rubric, key_points, probes, red_flags) values
-- Q1
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0002-000000000001', '00000000-0000-0000-0001-000000000001', 1,
    $$Core Framework Knowledge$$, $$CORE_FRAMEWORK$$,
    $$Explain Django’s MVT architecture and how it differs from traditional MVC patterns.$$,
    jsonb_build_array(
        jsonb_build_object('level', 1, 'label', $$Cannot map MVT roles$$,
            'description', $$Misnames the components or cannot say what models, views and templates are each responsible for; treats MVT and MVC as either unrelated or identical without explanation.$$),
        jsonb_build_object('level', 2, 'label', $$Names the three layers$$,
            'description', $$Lists models, views and templates with rough responsibilities, but cannot explain how they line up with MVC or where controller logic lives.$$),
        jsonb_build_object('level', 3, 'label', $$Maps MVT onto MVC$$,
            'description', $$Explains each layer’s job and states correctly that the Django view plays the MVC controller role while the template plays the MVC view role.$$),
        jsonb_build_object('level', 4, 'label', $$Explains the design rationale$$,
            'description', $$Also places the URL dispatcher in the controller role and explains how the split keeps an application organised, for example keeping business logic out of templates, noting where the naming misleads newcomers.$$)
    ),
    jsonb_build_array(
        $$Models handle data and its structure$$,
        $$Views process requests and business logic$$,
        $$Templates render the presentation layer$$,
        $$Django view = MVC controller; template = MVC view$$,
        $$URL dispatcher routes requests to views, acting as part of the controller$$,
        $$Links the architecture to building a well-organised application$$
    ),
    jsonb_build_array(
        $$If the view is the controller, where does the URL dispatcher fit?$$,
        $$Where would you put business logic that several views share, and why not in a template?$$
    ),
    jsonb_build_array(
        $$Says the Django view is the same thing as the MVC view and is where HTML is produced$$,
        $$Happy to put business logic in templates$$,
        $$Cannot say what role the URL configuration plays$$
    )),
-- Q2
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0002-000000000002', '00000000-0000-0000-0001-000000000002', 1,
    $$Core Framework Knowledge$$, $$ORM$$,
    $$How does Django’s ORM work, and what are the advantages and disadvantages compared to raw SQL?$$,
    jsonb_build_array(
        jsonb_build_object('level', 1, 'label', $$Treats the ORM as magic$$,
            'description', $$Cannot describe how ORM calls become SQL, or claims the ORM is simply always better or always slower with no reasoning.$$),
        jsonb_build_object('level', 2, 'label', $$Lists surface pros and cons$$,
            'description', $$Mentions readability and portability as benefits and “slower” as a drawback, but cannot explain QuerySets, lazy evaluation or when SQL is actually sent.$$),
        jsonb_build_object('level', 3, 'label', $$Explains QuerySets and costs$$,
            'description', $$Describes translation to SQL, lazy QuerySet evaluation, protection from SQL injection, portability across engines, and the overhead of complex queries.$$),
        jsonb_build_object('level', 4, 'label', $$Chooses ORM or SQL deliberately$$,
            'description', $$Also gives concrete cases for dropping to raw SQL or database-specific features, explains how to do so safely with parameters, and weighs portability against performance.$$)
    ),
    jsonb_build_array(
        $$ORM translates Python code into SQL queries$$,
        $$Database abstraction makes code portable across engines$$,
        $$Parameterised queries protect against SQL injection$$,
        $$Cleaner, more readable data-access code$$,
        $$Performance overhead on complex queries$$,
        $$QuerySets and lazy evaluation$$,
        $$When to use raw SQL or database-specific features$$
    ),
    jsonb_build_array(
        $$When exactly does a QuerySet hit the database? Name some operations that evaluate it.$$,
        $$Describe a query you would write in raw SQL rather than the ORM, and how you would keep it safe from injection.$$
    ),
    jsonb_build_array(
        $$Prefers raw SQL for everything and sees the ORM as an obstacle$$,
        $$Unaware that QuerySets are evaluated lazily$$,
        $$Builds raw SQL by formatting user input into the string$$
    )),
-- Q3
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0002-000000000003', '00000000-0000-0000-0001-000000000003', 1,
    $$Core Framework Knowledge$$, $$CORE_FRAMEWORK$$,
    $$Describe Django’s request-response cycle from the moment a URL is accessed to when HTML is returned.$$,
    jsonb_build_array(
        jsonb_build_object('level', 1, 'label', $$Cannot trace the flow$$,
            'description', $$Gives a vague “the request goes to the view” account, missing the WSGI/ASGI entry point, middleware or URL resolution.$$),
        jsonb_build_object('level', 2, 'label', $$Partial list of steps$$,
            'description', $$Names the URL resolver and the view but leaves out or misorders middleware and the server handler.$$),
        jsonb_build_object('level', 3, 'label', $$Orders every stage$$,
            'description', $$Walks through web server, WSGI/ASGI handler, request middleware, URL resolution, view, template rendering and response middleware in the correct order.$$),
        jsonb_build_object('level', 4, 'label', $$Uses the cycle to debug$$,
            'description', $$Also covers context processors and what can short-circuit the cycle, and explains how knowing each stage helps pinpoint bugs and slow spots.$$)
    ),
    jsonb_build_array(
        $$Web server receives the request and passes it to the WSGI/ASGI handler$$,
        $$Middleware processes the request in order$$,
        $$URL resolver matches the path to a view$$,
        $$View function executes and builds the response$$,
        $$Context processors and template rendering$$,
        $$Middleware processes the response before it returns to the client$$,
        $$Uses the cycle to debug issues and find performance problems$$
    ),
    jsonb_build_array(
        $$What happens if a middleware returns a response before the view is reached?$$,
        $$Where do context processors run, and what does adding many of them cost?$$
    ),
    jsonb_build_array(
        $$Leaves middleware out of the picture entirely$$,
        $$Confuses WSGI/ASGI with the web server or with Django itself$$
    )),
-- Q4
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0002-000000000004', '00000000-0000-0000-0001-000000000004', 1,
    $$Advanced Django Concepts$$, $$CORE_FRAMEWORK$$,
    $$Explain Django’s middleware system and provide examples of custom middleware you would implement.$$,
    jsonb_build_array(
        jsonb_build_object('level', 1, 'label', $$Unclear what middleware is$$,
            'description', $$Cannot describe middleware as a layer wrapped around every request and response, or confuses it with view decorators.$$),
        jsonb_build_object('level', 2, 'label', $$Generic description only$$,
            'description', $$Knows that middleware sees each request but offers no concrete custom example and does not mention ordering.$$),
        jsonb_build_object('level', 3, 'label', $$Gives concrete custom examples$$,
            'description', $$Describes realistic custom middleware such as request logging, performance timing or header injection, and explains that responses pass back through in reverse order.$$),
        jsonb_build_object('level', 4, 'label', $$Reasons about ordering and hooks$$,
            'description', $$Also picks the right hook for each example (process_request, process_view, process_template_response, process_response), explains why position in MIDDLEWARE matters, and says when middleware is the wrong tool.$$)
    ),
    jsonb_build_array(
        $$Middleware hooks into request/response processing$$,
        $$Runs in order for requests and in reverse order for responses$$,
        $$Ordering in the MIDDLEWARE setting matters$$,
        $$Concrete examples: authentication, request logging, performance monitoring, custom headers$$,
        $$Knows process_request, process_view, process_template_response and process_response$$
    ),
    jsonb_build_array(
        $$Your logging middleware needs the authenticated user. Where must it sit in MIDDLEWARE, and why?$$,
        $$When would you use process_view rather than doing everything around get_response?$$,
        $$What would you keep out of middleware, given it runs on every request?$$
    ),
    jsonb_build_array(
        $$Puts expensive work such as database queries into middleware without considering that it runs on every request$$,
        $$Unaware that middleware order matters$$
    )),
-- Q5
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0002-000000000005', '00000000-0000-0000-0001-000000000005', 1,
    $$Advanced Django Concepts$$, $$CORE_FRAMEWORK$$,
    $$How do Django signals work, and when would you use them versus other approaches like model methods or services?$$,
    jsonb_build_array(
        jsonb_build_object('level', 1, 'label', $$Misunderstands how signals fire$$,
            'description', $$Cannot explain what a signal or receiver is, or believes signals run asynchronously in the background.$$),
        jsonb_build_object('level', 2, 'label', $$Reaches for signals by default$$,
            'description', $$Describes post_save and similar signals but presents them as the normal way to trigger side effects, with no mention of their costs.$$),
        jsonb_build_object('level', 3, 'label', $$Knows what signals cost$$,
            'description', $$Explains senders and receivers, names built-in signals such as post_save, pre_delete and request_finished, and acknowledges that signals hide control flow and hamper debugging.$$),
        jsonb_build_object('level', 4, 'label', $$Uses signals sparingly$$,
            'description', $$Also compares signals with model methods, service layers and task queues with a fitting case for each, and mentions receiver details such as weak references.$$)
    ),
    jsonb_build_array(
        $$Signals let decoupled code be notified when actions happen elsewhere$$,
        $$Built-in signals such as post_save, pre_delete, request_finished$$,
        $$Signal receivers, senders and weak references$$,
        $$Signals make code harder to trace and debug$$,
        $$Alternatives: model methods, service layers, task queues$$,
        $$Knows when NOT to use signals$$
    ),
    jsonb_build_array(
        $$Do Django signals run synchronously or asynchronously, and what does that mean for a slow receiver?$$,
        $$Tell me about a time you replaced a signal with an explicit call. What improved?$$
    ),
    jsonb_build_array(
        $$Believes signals run in the background$$,
        $$Builds core business logic from signals that trigger further signals$$
    )),
-- Q6
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0002-000000000006', '00000000-0000-0000-0001-000000000006', 1,
    $$Advanced Django Concepts$$, $$ORM$$,
    $$Describe Django’s content types framework and its practical applications.$$,
    jsonb_build_array(
        jsonb_build_object('level', 1, 'label', $$Confuses it with MIME types$$,
            'description', $$Cannot say what the content types framework does, or mistakes it for HTTP Content-Type handling.$$),
        jsonb_build_object('level', 2, 'label', $$Knows GenericForeignKey exists$$,
            'description', $$Knows a GenericForeignKey can point at any model but gives no practical use or cannot explain how it is stored.$$),
        jsonb_build_object('level', 3, 'label', $$Builds generic relations$$,
            'description', $$Explains the ContentType model, GenericForeignKey and GenericRelation, with a practical example such as tagging or an activity stream.$$),
        jsonb_build_object('level', 4, 'label', $$Weighs generic against concrete$$,
            'description', $$Also covers the costs: no database-level referential integrity, extra queries and awkward filtering, and says when a plain foreign key or separate tables would be simpler.$$)
    ),
    jsonb_build_array(
        $$Provides generic relationships to any model$$,
        $$The ContentType model$$,
        $$GenericForeignKey and GenericRelation$$,
        $$Use cases: tagging, activity streams, generic foreign keys$$,
        $$Performance considerations$$,
        $$Simpler alternatives for simpler use cases$$
    ),
    jsonb_build_array(
        $$How is a GenericForeignKey stored in the database, and what does that mean for referential integrity?$$,
        $$How would you avoid N+1 queries when listing activity items that point at different models?$$
    ),
    jsonb_build_array(
        $$Reaches for generic relations where an ordinary foreign key would do$$,
        $$Mistakes the content types framework for HTTP Content-Type headers$$
    )),
-- Q7
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0002-000000000007', '00000000-0000-0000-0001-000000000007', 1,
    $$Advanced Django Concepts$$, $$ORM$$,
    $$How do you implement database query optimization in Django?$$,
    jsonb_build_array(
        jsonb_build_object('level', 1, 'label', $$Guesses at fixes$$,
            'description', $$Suggests generic remedies such as “add caching” or “get a bigger server” without naming ORM tools, and does not mention the N+1 problem.$$),
        jsonb_build_object('level', 2, 'label', $$Knows a few ORM tricks$$,
            'description', $$Names select_related or prefetch_related but muddles which suits which relation, and has no way of measuring the queries a page runs.$$),
        jsonb_build_object('level', 3, 'label', $$Applies the ORM toolkit$$,
            'description', $$Distinguishes select_related from prefetch_related correctly, limits fields with only()/defer(), adds indexes, and finds N+1 queries with Django Debug Toolbar.$$),
        jsonb_build_object('level', 4, 'label', $$Measures, then optimises$$,
            'description', $$Starts from measurement with Debug Toolbar and explain(), then applies the matching tool, and explains when raw SQL or database-specific features are justified and what extra indexes cost.$$)
    ),
    jsonb_build_array(
        $$select_related for foreign keys / one-to-one$$,
        $$prefetch_related for many-to-many and reverse relations$$,
        $$only() / defer() to limit fields$$,
        $$database indexes on frequently queried fields$$,
        $$Django Debug Toolbar to find N+1 queries$$,
        $$QuerySet.explain() to analyse queries$$,
        $$raw SQL or database-specific features when warranted$$
    ),
    jsonb_build_array(
        $$What SQL does select_related produce compared with prefetch_related?$$,
        $$When could adding an index make things worse?$$,
        $$How would you confirm with explain() that your index is being used?$$
    ),
    jsonb_build_array(
        $$Uses select_related on many-to-many relations, or cannot tell the two apart$$,
        $$Optimises without ever measuring query counts or timings$$
    )),
-- Q8
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0002-000000000008', '00000000-0000-0000-0001-000000000008', 1,
    $$Performance and Scalability$$, $$PERFORMANCE$$,
    $$What caching strategies does Django support, and how would you implement a caching layer for a high-traffic application?$$,
    jsonb_build_array(
        jsonb_build_object('level', 1, 'label', $$No caching strategy$$,
            'description', $$Cannot name Django’s cache backends or levels, or proposes caching everything indefinitely without thinking about stale data.$$),
        jsonb_build_object('level', 2, 'label', $$Caches whole pages only$$,
            'description', $$Knows per-view caching or a single backend such as Redis, but says little about invalidation, timeouts or finer-grained caching.$$),
        jsonb_build_object('level', 3, 'label', $$Layers caches appropriately$$,
            'description', $$Compares per-view, template fragment and low-level caching, picks a suitable backend, and explains invalidation and timeout choices.$$),
        jsonb_build_object('level', 4, 'label', $$Designs and monitors the cache$$,
            'description', $$Also covers cache warming, CDN integration, database query caching and watching hit rates, and weighs staleness against load, including what happens when hot keys expire.$$)
    ),
    jsonb_build_array(
        $$Backends: Memcached, Redis, database, filesystem$$,
        $$Per-view caching$$,
        $$Template fragment caching$$,
        $$Low-level cache API$$,
        $$Cache invalidation strategies and sensible timeouts$$,
        $$Cache warming$$,
        $$CDN integration and database query caching$$,
        $$Monitoring cache hit rates$$
    ),
    jsonb_build_array(
        $$How would you invalidate a cached product page when the product is edited?$$,
        $$A popular cache key expires under heavy traffic. What happens, and how would you soften it?$$
    ),
    jsonb_build_array(
        $$No plan for invalidation beyond hoping the timeout is short enough$$,
        $$Caches per-user or sensitive data under a shared key$$
    )),
-- Q9
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0002-000000000009', '00000000-0000-0000-0001-000000000009', 1,
    $$Performance and Scalability$$, $$PERFORMANCE$$,
    $$How do you handle background tasks and asynchronous processing in Django?$$,
    jsonb_build_array(
        jsonb_build_object('level', 1, 'label', $$Blocks the web request$$,
            'description', $$Does slow work such as sending email or calling external APIs inline in the view, or cannot name a task queue.$$),
        jsonb_build_object('level', 2, 'label', $$Names Celery, little depth$$,
            'description', $$Mentions Celery and a use case but has nothing to say about failures, retries, monitoring or brokers.$$),
        jsonb_build_object('level', 3, 'label', $$Runs reliable task queues$$,
            'description', $$Explains offloading work to Celery or Django-Q through a broker, gives fitting use cases, and covers error handling and retries.$$),
        jsonb_build_object('level', 4, 'label', $$Chooses tools by workload$$,
            'description', $$Also separates background tasks from async views, covers monitoring, safe retries and broker choice, and weighs the operational cost of Celery against lighter options.$$)
    ),
    jsonb_build_array(
        $$Celery for distributed task queues$$,
        $$Lighter options such as Django-Q$$,
        $$Django’s native async views in recent versions$$,
        $$Use cases: email, image processing, reports, external API calls$$,
        $$Task monitoring and error handling$$,
        $$Retry strategies$$,
        $$Choosing a message broker (Redis, RabbitMQ)$$
    ),
    jsonb_build_array(
        $$A task that charges a card is retried after a timeout. How do you avoid charging twice?$$,
        $$When is an async view enough, and when do you still need a task queue?$$
    ),
    jsonb_build_array(
        $$Thinks async views remove the need for a task queue for heavy work$$,
        $$No plan for tasks that fail or need retrying$$
    )),
-- Q10
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0002-000000000010', '00000000-0000-0000-0001-000000000010', 1,
    $$Security and Best Practices$$, $$SECURITY$$,
    $$Explain Django’s built-in security features and how they protect against common web vulnerabilities.$$,
    jsonb_build_array(
        jsonb_build_object('level', 1, 'label', $$Cannot name the protections$$,
            'description', $$Cannot say what Django protects against, or leaves CSRF, XSS and SQL injection out altogether.$$),
        jsonb_build_object('level', 2, 'label', $$Names threats, not mechanisms$$,
            'description', $$Names CSRF, XSS and SQL injection but cannot say which Django mechanism handles each.$$),
        jsonb_build_object('level', 3, 'label', $$Maps threats to defences$$,
            'description', $$Explains ORM parameterisation, template auto-escaping, CSRF tokens, X-Frame-Options and host header validation, plus password hashing, session security and HTTPS.$$),
        jsonb_build_object('level', 4, 'label', $$Knows where protection stops$$,
            'description', $$Also explains how the defences get bypassed (mark_safe, raw SQL with string formatting, csrf_exempt), configures the security middleware, and follows Django’s security releases.$$)
    ),
    jsonb_build_array(
        $$SQL injection: ORM parameterisation$$,
        $$XSS: automatic template escaping$$,
        $$CSRF: token verification$$,
        $$Clickjacking: X-Frame-Options$$,
        $$Host header validation$$,
        $$Security middleware and HTTPS$$,
        $$Password hashing (PBKDF2) and session security$$,
        $$Django’s security update policy / security tooling$$
    ),
    jsonb_build_array(
        $$Which coding choices switch off Django’s XSS or SQL injection protection?$$,
        $$Which settings would you check before a site goes live over HTTPS?$$
    ),
    jsonb_build_array(
        $$Does not mention CSRF, XSS or SQL injection$$,
        $$Uses csrf_exempt or mark_safe casually to make something work$$
    )),
-- Q11
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0002-000000000011', '00000000-0000-0000-0001-000000000011', 1,
    $$Security and Best Practices$$, $$SECURITY$$,
    $$How do you implement proper user authentication and authorization in Django?$$,
    jsonb_build_array(
        jsonb_build_object('level', 1, 'label', $$Hand-rolls authentication$$,
            'description', $$Proposes home-made password storage or login logic, or cannot describe Django’s User model and login flow.$$),
        jsonb_build_object('level', 2, 'label', $$Login checks only$$,
            'description', $$Knows the User model and @login_required but treats authorisation as nothing more than being logged in, with no permissions or groups.$$),
        jsonb_build_object('level', 3, 'label', $$Uses permissions and groups$$,
            'description', $$Explains authentication backends, permissions and groups, the @permission_required decorator, and when to extend the User model versus adding a profile.$$),
        jsonb_build_object('level', 4, 'label', $$Handles web, social, API auth$$,
            'description', $$Also covers custom backends, social login with django-allauth and token or JWT authentication for APIs, with trade-offs such as choosing a custom user model at project start and object-level permissions.$$)
    ),
    jsonb_build_array(
        $$User model and authentication backends$$,
        $$Permissions and groups$$,
        $$Extending the User model versus a profile model$$,
        $$Custom authentication backends$$,
        $$@login_required and @permission_required$$,
        $$django-allauth for social authentication$$,
        $$JWT or token authentication for APIs$$
    ),
    jsonb_build_array(
        $$Why is it recommended to set up a custom user model at the start of a project?$$,
        $$How would you make sure users can edit only their own records?$$
    ),
    jsonb_build_array(
        $$Stores or checks passwords with its own code instead of Django’s hashers$$,
        $$Confuses authentication with authorisation$$
    )),
-- Q12
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0002-000000000012', '00000000-0000-0000-0001-000000000012', 1,
    $$Security and Best Practices$$, $$DEVOPS$$,
    $$What are Django migrations, and how do you handle migration conflicts in team environments?$$,
    jsonb_build_array(
        jsonb_build_object('level', 1, 'label', $$Patches the schema by hand$$,
            'description', $$Cannot explain what a migration file is, or fixes conflicts by deleting migrations or changing the database directly.$$),
        jsonb_build_object('level', 2, 'label', $$Runs the commands mechanically$$,
            'description', $$Knows makemigrations and migrate but has no approach to conflicts beyond running a merge blindly, and no notion of data migrations.$$),
        jsonb_build_object('level', 3, 'label', $$Resolves conflicts safely$$,
            'description', $$Explains migration files and dependencies, resolves conflicts by talking to the team and merging, and uses data migrations and squashing.$$),
        jsonb_build_object('level', 4, 'label', $$Plans zero-downtime changes$$,
            'description', $$Also stages schema changes for zero-downtime deploys (add nullable, backfill, then enforce) and explains the risk of long locks on large tables.$$)
    ),
    jsonb_build_array(
        $$Migrations propagate model changes to the database schema$$,
        $$Migration files, makemigrations and migrate$$,
        $$Squashing migrations$$,
        $$Conflicts: team communication, dependencies, merge migrations$$,
        $$Data migrations$$,
        $$Zero-downtime deployments$$
    ),
    jsonb_build_array(
        $$Two branches both add a migration numbered 0012 in the same app. How do you resolve it?$$,
        $$How would you rename a column on a large, busy table without downtime?$$
    ),
    jsonb_build_array(
        $$Deletes or rewrites migrations that have already been applied to fix a conflict$$,
        $$Unaware of data migrations$$
    )),
-- Q13
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0002-000000000013', '00000000-0000-0000-0001-000000000013', 1,
    $$Testing and Quality Assurance$$, $$TESTING$$,
    $$Describe your testing strategy for Django applications, including different test types and testing tools.$$,
    jsonb_build_array(
        jsonb_build_object('level', 1, 'label', $$Rarely writes tests$$,
            'description', $$Admits to little or no automated testing, or describes only clicking through the site by hand.$$),
        jsonb_build_object('level', 2, 'label', $$Unit tests, no strategy$$,
            'description', $$Writes some unit tests with TestCase but has no layered strategy, no approach to test data and no automated runs.$$),
        jsonb_build_object('level', 3, 'label', $$Layered test strategy$$,
            'description', $$Describes unit, integration and end-to-end tests, TestCase or pytest-django, factory_boy or fixtures, mocking external services, and running the suite in CI.$$),
        jsonb_build_object('level', 4, 'label', $$Balances speed and confidence$$,
            'description', $$Also explains what belongs at each test level, treats coverage as a guide rather than a target, and keeps the suite fast and reliable enough to refactor with confidence.$$)
    ),
    jsonb_build_array(
        $$Unit tests for models and utilities$$,
        $$Integration tests for views and forms$$,
        $$End-to-end tests for critical user flows$$,
        $$Django TestCase and test databases$$,
        $$Fixtures or factory_boy for test data$$,
        $$coverage.py and pytest-django$$,
        $$Mocking external services$$,
        $$CI/CD integration$$
    ),
    jsonb_build_array(
        $$How do you test code that calls an external payment API?$$,
        $$What does Django’s TestCase give you compared with TransactionTestCase?$$
    ),
    jsonb_build_array(
        $$Does not write tests, or sees them as optional$$,
        $$Treats a coverage percentage as the goal in itself$$
    )),
-- Q14
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0002-000000000014', '00000000-0000-0000-0001-000000000014', 1,
    $$Performance Troubleshooting$$, $$PERFORMANCE$$,
    $$A Django application page is loading slowly. Walk through your systematic approach to identifying and resolving the bottleneck.$$,
    jsonb_build_array(
        jsonb_build_object('level', 1, 'label', $$Jumps to solutions$$,
            'description', $$Proposes fixes such as bigger servers or caching before finding out where the time is actually spent.$$),
        jsonb_build_object('level', 2, 'label', $$Checks queries only$$,
            'description', $$Looks at database queries but ignores templates, middleware and external calls, or has no clear order of investigation.$$),
        jsonb_build_object('level', 3, 'label', $$Profiles systematically$$,
            'description', $$Uses Debug Toolbar to check query counts and time, N+1 problems, template rendering, middleware and external API calls, then applies a matching fix.$$),
        jsonb_build_object('level', 4, 'label', $$Verifies the fix holds$$,
            'description', $$Also reproduces with production-like data, measures before and after, chooses between indexing, caching and background tasks by cost, and adds monitoring to catch regressions.$$)
    ),
    jsonb_build_array(
        $$Django Debug Toolbar to find slow queries$$,
        $$Analyses query counts and execution time$$,
        $$Checks for N+1 query problems$$,
        $$Reviews template rendering time$$,
        $$Examines middleware performance$$,
        $$Monitors external API calls$$,
        $$Fixes: query optimisation, caching, indexing, background tasks$$
    ),
    jsonb_build_array(
        $$The page is slow in production but fast on your laptop. What do you look at?$$,
        $$How do you prove that your change fixed the problem?$$
    ),
    jsonb_build_array(
        $$Optimises by guesswork without measuring$$,
        $$Never considers N+1 queries$$
    )),
-- Q15
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0002-000000000015', '00000000-0000-0000-0001-000000000015', 1,
    $$Architecture and Design$$, $$DEVOPS$$,
    $$How would you architect a multi-tenant SaaS application using Django?$$,
    jsonb_build_array(
        jsonb_build_object('level', 1, 'label', $$Ignores tenant isolation$$,
            'description', $$Mixes all tenants’ data with no plan for keeping it apart, or cannot describe any multi-tenancy model.$$),
        jsonb_build_object('level', 2, 'label', $$One approach, no comparison$$,
            'description', $$Describes a single approach, usually a tenant column, without comparing alternatives or explaining how leaks are prevented.$$),
        jsonb_build_object('level', 3, 'label', $$Compares isolation models$$,
            'description', $$Compares database-per-tenant, schema-per-tenant and shared tables with tenant filtering, names django-tenants, and identifies the tenant in middleware.$$),
        jsonb_build_object('level', 4, 'label', $$Designs for tenant safety$$,
            'description', $$Also enforces tenant filtering by default rather than by discipline, plans migrations and backups across tenants, and picks an approach by isolation need, scale and cost.$$)
    ),
    jsonb_build_array(
        $$Separate database per tenant (strongest isolation)$$,
        $$Shared database with a schema per tenant$$,
        $$Shared database with tenant filtering (simplest)$$,
        $$django-tenants / django-tenant-schemas$$,
        $$Middleware to identify the tenant$$,
        $$Data isolation and cross-tenant query prevention$$,
        $$Migration management and backups$$
    ),
    jsonb_build_array(
        $$How do you stop a developer from accidentally querying another tenant’s data?$$,
        $$With schema-per-tenant and two thousand tenants, what happens when you deploy a migration?$$
    ),
    jsonb_build_array(
        $$Relies on every developer remembering to filter by tenant$$,
        $$Has not thought about migrations or backups across many tenants$$
    )),
-- Q16
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0002-000000000016', '00000000-0000-0000-0001-000000000016', 1,
    $$REST API Design$$, $$API_DEVELOPMENT$$,
    $$Compare Django REST Framework, Django Ninja, and building APIs with vanilla Django. When would you choose each approach?$$,
    jsonb_build_array(
        jsonb_build_object('level', 1, 'label', $$Cannot compare the options$$,
            'description', $$Cannot say what DRF or Django Ninja adds over plain Django views returning JSON, or has used none of them.$$),
        jsonb_build_object('level', 2, 'label', $$Defaults to DRF always$$,
            'description', $$Knows DRF but cannot say when Django Ninja or plain Django would be the better fit.$$),
        jsonb_build_object('level', 3, 'label', $$Matches tool to project$$,
            'description', $$Contrasts DRF’s serializers, viewsets and built-in auth, Ninja’s type-hinted schemas and generated docs, and vanilla Django for small APIs, with a sensible choice for each.$$),
        jsonb_build_object('level', 4, 'label', $$Weighs cross-cutting concerns$$,
            'description', $$Also compares how each handles serialisation, authentication, pagination and versioning, and factors in team familiarity, performance and dependency cost.$$)
    ),
    jsonb_build_array(
        $$DRF: mature, serializers, viewsets, built-in authentication$$,
        $$Django Ninja: FastAPI-like, type hints, automatic documentation$$,
        $$Vanilla Django for simple APIs or to minimise dependencies$$,
        $$Serialisation$$,
        $$Authentication$$,
        $$Pagination$$,
        $$API versioning$$
    ),
    jsonb_build_array(
        $$For a small internal service with three endpoints, which would you choose and why?$$,
        $$How does Django Ninja produce its API documentation?$$
    ),
    jsonb_build_array(
        $$Hand-rolls serialisation and validation for a large API with no reason$$,
        $$Cannot name a single trade-off of DRF$$
    )),
-- Q17
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0002-000000000017', '00000000-0000-0000-0001-000000000017', 1,
    $$REST API Design$$, $$API_DEVELOPMENT$$,
    $$How do you implement API versioning in Django, and what strategies ensure backward compatibility?$$,
    jsonb_build_array(
        jsonb_build_object('level', 1, 'label', $$Breaks clients freely$$,
            'description', $$Has no versioning plan and changes response formats in place, or cannot name a versioning scheme.$$),
        jsonb_build_object('level', 2, 'label', $$Uses /v1/ by habit$$,
            'description', $$Uses URL path versioning but cannot compare it with other schemes or explain how old versions are retired.$$),
        jsonb_build_object('level', 3, 'label', $$Runs versions side by side$$,
            'description', $$Compares URL path, accept header and namespace versioning, serves several versions at once, documents them with OpenAPI, and tests each version.$$),
        jsonb_build_object('level', 4, 'label', $$Manages the deprecation lifecycle$$,
            'description', $$Also defines which changes are backward compatible, announces deprecations with timelines, and weighs how many versions to keep against the maintenance burden.$$)
    ),
    jsonb_build_array(
        $$URL path versioning (/api/v1/)$$,
        $$Accept header versioning$$,
        $$Namespace-based versioning$$,
        $$Maintaining several versions simultaneously$$,
        $$Deprecation strategy$$,
        $$Documentation with Swagger/OpenAPI$$,
        $$Testing across versions$$,
        $$Flexibility versus maintenance burden$$
    ),
    jsonb_build_array(
        $$Which changes can you make to an API without a new version?$$,
        $$How would you retire v1 while older mobile app releases still call it?$$
    ),
    jsonb_build_array(
        $$Changes existing response fields without a new version or notice$$,
        $$Plans to keep every version alive forever without considering the cost$$
    )),
-- Q18
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0002-000000000018', '00000000-0000-0000-0001-000000000018', 1,
    $$Database and ORM Expertise$$, $$ORM$$,
    $$Explain Django’s database transaction management and when you would use atomic blocks, select_for_update, or F expressions.$$,
    jsonb_build_array(
        jsonb_build_object('level', 1, 'label', $$Blind to race conditions$$,
            'description', $$Reads a value, changes it in Python and saves it without seeing the lost-update problem, or cannot explain atomic().$$),
        jsonb_build_object('level', 2, 'label', $$Wraps everything in atomic()$$,
            'description', $$Uses transaction.atomic() for consistency but cannot say when row locks or F expressions are needed.$$),
        jsonb_build_object('level', 3, 'label', $$Picks the right primitive$$,
            'description', $$Explains atomic() for grouped changes, select_for_update to lock rows, and F expressions for updates done in the database, with a fitting example of each.$$),
        jsonb_build_object('level', 4, 'label', $$Reasons about concurrency$$,
            'description', $$Also discusses isolation levels, consistent lock ordering to avoid deadlocks, keeping locks short, and when manual transaction control is warranted.$$)
    ),
    jsonb_build_array(
        $$transaction.atomic() for data consistency$$,
        $$select_for_update locks rows to prevent race conditions$$,
        $$F expressions for database-level operations without loading data into Python$$,
        $$Isolation levels$$,
        $$Deadlock prevention$$,
        $$When to use manual transaction control$$
    ),
    jsonb_build_array(
        $$Two requests decrement the same stock count at the same moment. How do you make sure neither update is lost?$$,
        $$Where must select_for_update be evaluated for its lock to have any effect?$$
    ),
    jsonb_build_array(
        $$Updates counters by reading, changing in Python and saving$$,
        $$Believes atomic() on its own stops concurrent modification$$
    )),
-- Q19
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0002-000000000019', '00000000-0000-0000-0001-000000000019', 1,
    $$Modern Django Development$$, $$MODERN_DJANGO$$,
    $$How has Django’s async support evolved, and when should you use async views versus traditional synchronous views?$$,
    jsonb_build_array(
        jsonb_build_object('level', 1, 'label', $$Thinks async means faster$$,
            'description', $$Believes making views async speeds everything up, or does not know Django supports async views.$$),
        jsonb_build_object('level', 2, 'label', $$Knows async views exist$$,
            'description', $$Knows async views run under ASGI but cannot say which workloads benefit or how synchronous code is called from them.$$),
        jsonb_build_object('level', 3, 'label', $$Bridges sync and async$$,
            'description', $$Uses async views for I/O-bound work, explains the ORM’s largely synchronous nature and sync_to_async/async_to_sync, and keeps CPU-bound work in background tasks.$$),
        jsonb_build_object('level', 4, 'label', $$Judges when async pays off$$,
            'description', $$Also explains the costs (thread switching, synchronous middleware, extra complexity) and gives concrete cases where async is worth it and where synchronous views are the better choice.$$)
    ),
    jsonb_build_array(
        $$ASGI support$$,
        $$Async views for I/O-bound work such as API calls or file operations$$,
        $$ORM is still primarily synchronous$$,
        $$sync_to_async and async_to_sync$$,
        $$Async context managers$$,
        $$CPU-bound work still needs background processing$$,
        $$Benefit versus added complexity$$
    ),
    jsonb_build_array(
        $$What happens if you call a blocking library from an async view?$$,
        $$Your async view needs an ORM query. What are your options?$$
    ),
    jsonb_build_array(
        $$Uses async views for CPU-heavy work$$,
        $$Unaware of sync_to_async and async_to_sync$$
    )),
-- Q20
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0002-000000000020', '00000000-0000-0000-0001-000000000020', 1,
    $$Modern Django Development$$, $$PYTHON_ECOSYSTEM$$,
    $$Describe your approach to structuring a large Django project for maintainability and scalability.$$,
    jsonb_build_array(
        jsonb_build_object('level', 1, 'label', $$One sprawling app$$,
            'description', $$Puts everything in one app, or in views and models, with no stated principle for how code is organised.$$),
        jsonb_build_object('level', 2, 'label', $$Splits apps by layer$$,
            'description', $$Splits code into apps by technical layer or arbitrarily, leaves business logic in views, and has no approach to configuration.$$),
        jsonb_build_object('level', 3, 'label', $$Domain apps with services$$,
            'description', $$Organises apps by feature or domain, moves complex logic into a service layer, configures through the environment with django-environ, and shares fields through abstract base models.$$),
        jsonb_build_object('level', 4, 'label', $$Structures for long-term growth$$,
            'description', $$Also explains when repository patterns, domain-driven boundaries or splitting out services are justified, keeps app dependencies one-way to avoid circular imports, and documents decisions.$$)
    ),
    jsonb_build_array(
        $$Apps organised by feature/domain, not technical layer$$,
        $$Service layer for complex business logic$$,
        $$Repository pattern when needed$$,
        $$Clear separation of concerns$$,
        $$Configuration management with django-environ$$,
        $$Abstract base classes for common model functionality$$,
        $$Documentation practices$$,
        $$Domain-driven design or microservices considerations$$
    ),
    jsonb_build_array(
        $$How do you stop apps from importing each other in circles?$$,
        $$Where would you put logic that touches models from three different apps?$$
    ),
    jsonb_build_array(
        $$Keeps business logic in templates or very large views$$,
        $$Hard-codes settings and secrets in settings.py$$
    ));
