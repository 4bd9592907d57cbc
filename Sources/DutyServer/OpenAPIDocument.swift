/// The API described as OpenAPI 3, served at `/api/openapi.yaml`. A test keeps its paths and
/// methods equal to ``APIRoute/all``.
enum OpenAPIDocument {
    static let yaml = """
    openapi: 3.0.3
    info:
      title: DutyEngine office API
      version: 1.0.0
      description: >
        The school logistics office's duty rosters, records and appraisal. JSON in and out;
        dates and times as in the CSV files; errors are {"error": "…"}. Every route but
        /api/login, /api/openapi.yaml and the calendar feeds needs the session cookie of
        POST /api/login. A browser request from another site that would change anything is
        refused with 403.
    components:
      securitySchemes:
        session:
          type: apiKey
          in: cookie
          name: duty_session
      schemas:
        Error:
          type: object
          required: [error]
          properties:
            error: {type: string}
        Job:
          type: object
          properties:
            id: {type: string}
            month: {type: string}
            kind: {type: string, enum: [solve, replan]}
            state: {type: string, enum: [queued, running, done, failed, cancelled]}
            objective: {type: number, nullable: true}
            bound: {type: number, nullable: true}
            gap: {type: number, nullable: true}
            seconds: {type: number}
            error: {type: string, nullable: true}
        Roster:
          type: object
          description: roster.json, with the draft's or version's state
          properties:
            month: {type: string}
            state: {type: string, enum: [draft, published]}
            version: {type: integer, nullable: true}
            assignments: {type: array, items: {type: object}}
            shortfall: {type: array, items: {type: object}}
            objective: {type: object}
            solver: {type: object}
        Added:
          type: object
          properties:
            added: {type: boolean}
      requestBodies:
        Assignments:
          required: true
          content:
            application/json:
              schema:
                type: object
                required: [assignments]
                properties:
                  assignments:
                    type: array
                    items:
                      type: object
                      required: [date, post, staff]
                      properties:
                        date: {type: string, format: date}
                        post: {type: string}
                        staff: {type: string}
        Record:
          required: true
          description: the record's fields by the CSV file's column names
          content:
            application/json:
              schema: {type: object, additionalProperties: {oneOf: [{type: string}, {type: number}]}}
      responses:
        Added:
          description: added, or false when an equal record was already there
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Added'}
        Error:
          description: the request was refused
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
      parameters:
        month:
          name: month
          in: path
          required: true
          schema: {type: string, pattern: '^[0-9]{4}-[0-9]{2}$'}
    security:
      - session: []
    paths:
      /api/login:
        post:
          security: []
          summary: start a session (sets the cookie)
          requestBody:
            required: true
            content:
              application/json:
                schema:
                  type: object
                  required: [name, password]
                  properties:
                    name: {type: string}
                    password: {type: string}
          responses:
            '200': {description: logged in}
            '401': {$ref: '#/components/responses/Error'}
            '429': {$ref: '#/components/responses/Error'}
      /api/logout:
        post:
          summary: end the session
          responses:
            '204': {description: logged out}
      /api/months/{month}/solve:
        post:
          summary: solve the month in the background into a new draft (admin)
          parameters: [{$ref: '#/components/parameters/month'}]
          requestBody:
            content:
              application/json:
                schema:
                  type: object
                  properties:
                    time_limit: {type: number}
          responses:
            '202':
              description: the job
              content:
                application/json:
                  schema: {type: object, properties: {job: {type: string}}}
            '409': {$ref: '#/components/responses/Error'}
            '422': {$ref: '#/components/responses/Error'}
      /api/jobs/{id}:
        parameters:
          - {name: id, in: path, required: true, schema: {type: string}}
        get:
          summary: a job's state while it runs and after
          responses:
            '200':
              description: the job
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Job'}
            '404': {$ref: '#/components/responses/Error'}
        delete:
          summary: cancel the job (admin)
          responses:
            '200':
              description: the job, cancelled
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Job'}
      /api/months/{month}/roster:
        get:
          summary: the draft, or published version N, or the latest published version
          parameters:
            - {$ref: '#/components/parameters/month'}
            - {name: version, in: query, schema: {type: integer, minimum: 1}}
          responses:
            '200':
              description: roster.json with state and version
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Roster'}
            '404': {$ref: '#/components/responses/Error'}
        put:
          summary: an edited roster becomes the draft when it breaks no hard rule (admin); else 422 with the violations
          parameters: [{$ref: '#/components/parameters/month'}]
          requestBody: {$ref: '#/components/requestBodies/Assignments'}
          responses:
            '200': {description: the draft's assignments with the check's objective and uncovered list}
            '422': {description: 'the violations; nothing is saved'}
      /api/months/{month}/check:
        post:
          summary: duty check of any roster of the month (admin, inspector); nothing is saved
          parameters: [{$ref: '#/components/parameters/month'}]
          requestBody: {$ref: '#/components/requestBodies/Assignments'}
          responses:
            '200': {description: '{"violations", "objective", "shortfall"}'}
            '422': {$ref: '#/components/responses/Error'}
      /api/import:
        post:
          summary: duty import of a dataset sent as its files' texts (admin); the store unchanged on bad input
          requestBody:
            required: true
            content:
              application/json:
                schema:
                  type: object
                  required: [files]
                  properties:
                    files: {type: object, additionalProperties: {type: string}}
          responses:
            '200': {description: 'rows added per file, and warnings'}
            '422': {$ref: '#/components/responses/Error'}
      /api/months/{month}/publish:
        post:
          summary: publish the draft as the next version (admin); published versions never change
          parameters: [{$ref: '#/components/parameters/month'}]
          responses:
            '200': {description: the month and its new version}
            '409': {$ref: '#/components/responses/Error'}
      /api/months/{month}/replan:
        post:
          summary: repair the latest published version from a date on, into a new draft (admin)
          parameters: [{$ref: '#/components/parameters/month'}]
          requestBody:
            required: true
            content:
              application/json:
                schema:
                  type: object
                  required: [from]
                  properties:
                    from: {type: string, format: date}
                    time_limit: {type: number}
          responses:
            '202': {description: the job}
            '409': {$ref: '#/components/responses/Error'}
            '422': {$ref: '#/components/responses/Error'}
      /api/months/{month}/suggest:
        get:
          summary: who can take a place that day (duty suggest --json)
          parameters:
            - {$ref: '#/components/parameters/month'}
            - {name: date, in: query, required: true, schema: {type: string, format: date}}
            - {name: post, in: query, schema: {type: string}}
            - {name: replace, in: query, schema: {type: string}}
          responses:
            '200': {description: candidates and excluded}
            '422': {$ref: '#/components/responses/Error'}
      /api/months/{month}/appraisal:
        get:
          summary: appraisal.json of the month's latest published roster (staff see their own)
          parameters: [{$ref: '#/components/parameters/month'}]
          responses:
            '200': {description: appraisal.json}
            '404': {$ref: '#/components/responses/Error'}
      /api/inspections:
        post:
          summary: add an inspection (inspections.csv's columns; admin, inspector)
          requestBody: {$ref: '#/components/requestBodies/Record'}
          responses: {'201': {$ref: '#/components/responses/Added'}, '422': {$ref: '#/components/responses/Error'}}
      /api/attendance:
        post:
          summary: add an attendance exception (attendance.csv's columns; admin, inspector)
          requestBody: {$ref: '#/components/requestBodies/Record'}
          responses: {'201': {$ref: '#/components/responses/Added'}, '422': {$ref: '#/components/responses/Error'}}
      /api/repairs:
        post:
          summary: add a repair ticket (repairs.csv's columns; admin, inspector)
          requestBody: {$ref: '#/components/requestBodies/Record'}
          responses: {'201': {$ref: '#/components/responses/Added'}, '422': {$ref: '#/components/responses/Error'}}
      /api/leave:
        post:
          summary: add leave (leave.csv's columns; admin)
          requestBody: {$ref: '#/components/requestBodies/Record'}
          responses: {'201': {$ref: '#/components/responses/Added'}, '422': {$ref: '#/components/responses/Error'}}
      /api/requests:
        post:
          summary: add a request (requests.csv's columns; admin, or staff for themselves)
          requestBody: {$ref: '#/components/requestBodies/Record'}
          responses: {'201': {$ref: '#/components/responses/Added'}, '422': {$ref: '#/components/responses/Error'}}
      /calendar/{staff}.ics:
        get:
          security: []
          summary: the person's duties in the latest published version of every month (RFC 5545)
          parameters:
            - {name: staff, in: path, required: true, schema: {type: string}}
            - {name: token, in: query, required: true, schema: {type: string}}
          responses:
            '200': {description: the calendar, content: {text/calendar: {schema: {type: string}}}}
            '403': {$ref: '#/components/responses/Error'}
      /api/staff/{id}/calendar:
        parameters:
          - {name: id, in: path, required: true, schema: {type: string}}
        get:
          summary: the person's calendar-feed URL (admin or that person)
          responses:
            '200': {description: the URL, content: {application/json: {schema: {type: object, properties: {url: {type: string}}}}}}
            '403': {$ref: '#/components/responses/Error'}
        post:
          summary: renew the token; the old URL stops working
          responses:
            '200': {description: the new URL}
      /api/openapi.yaml:
        get:
          security: []
          summary: this document
          responses:
            '200': {description: OpenAPI 3}

    """
}
