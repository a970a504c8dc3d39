-- The spec's literal 026 design (docs/spec/CIS_DATA_GAPS_PLAN.md, Phase 24C), in a scratch schema
-- of its own database, as the comparison for CIS's ingestion. Everything between the BEGIN/END
-- VERBATIM markers is copied from the spec unchanged; only the minimal tables it references
-- (clients, leads, activities without CIS's columns, triggers or indexes) are added around it.
-- Unqualified names resolve through the session's search_path, which the benchmark sets to
-- spec_literal (the spec's trigger function pins none).
create schema spec_literal;
set search_path = spec_literal;

create table clients (id uuid primary key);
create table leads (id uuid primary key, client_id uuid references clients (id));
create table activities (
  id uuid primary key,
  lead_id uuid references leads (id),
  client_id uuid references clients (id),
  sent_at timestamptz,
  created_at timestamptz default now()
);

-- BEGIN VERBATIM
-- 1. Create email engagement events table
CREATE TABLE email_events (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    activity_id UUID NOT NULL REFERENCES activities(id),
    lead_id UUID NOT NULL REFERENCES leads(id),
    client_id UUID NOT NULL REFERENCES clients(id),
    
    event_type TEXT NOT NULL,  -- 'sent', 'delivered', 'opened', 'clicked', 'bounced', 'complained'
    event_at TIMESTAMPTZ NOT NULL,
    
    -- Open tracking
    open_count INTEGER DEFAULT 0,
    first_opened_at TIMESTAMPTZ,
    last_opened_at TIMESTAMPTZ,
    
    -- Click tracking
    clicked_url TEXT,
    click_count INTEGER DEFAULT 0,
    first_clicked_at TIMESTAMPTZ,
    
    -- Device info (if available)
    device_type TEXT,  -- 'desktop', 'mobile', 'tablet'
    email_client TEXT,  -- 'gmail', 'outlook', 'apple_mail'
    
    -- Geo (if available from IP)
    open_city TEXT,
    open_country TEXT,
    
    created_at TIMESTAMPTZ DEFAULT NOW(),
    
    CONSTRAINT valid_event_type CHECK (event_type IN ('sent', 'delivered', 'opened', 'clicked', 'bounced', 'complained', 'unsubscribed'))
);

-- 2. Add summary fields to activities for quick access
ALTER TABLE activities ADD COLUMN email_opened BOOLEAN DEFAULT FALSE;
ALTER TABLE activities ADD COLUMN email_opened_at TIMESTAMPTZ;
ALTER TABLE activities ADD COLUMN email_open_count INTEGER DEFAULT 0;
ALTER TABLE activities ADD COLUMN email_clicked BOOLEAN DEFAULT FALSE;
ALTER TABLE activities ADD COLUMN email_clicked_at TIMESTAMPTZ;
ALTER TABLE activities ADD COLUMN email_click_count INTEGER DEFAULT 0;
ALTER TABLE activities ADD COLUMN time_to_open_minutes INTEGER;  -- Calculated
ALTER TABLE activities ADD COLUMN time_to_click_minutes INTEGER;  -- Calculated

-- 3. Add touch metadata
ALTER TABLE activities ADD COLUMN touch_number INTEGER;  -- 1st, 2nd, 3rd touch
ALTER TABLE activities ADD COLUMN days_since_last_touch INTEGER;
ALTER TABLE activities ADD COLUMN sequence_step INTEGER;  -- Position in sequence
ALTER TABLE activities ADD COLUMN lead_local_time TIME;  -- What time was it for the lead?
ALTER TABLE activities ADD COLUMN lead_timezone TEXT;

-- Indexes
CREATE INDEX idx_email_events_activity ON email_events(activity_id);
CREATE INDEX idx_email_events_lead ON email_events(lead_id);
CREATE INDEX idx_email_events_type ON email_events(event_type);
CREATE INDEX idx_email_events_time ON email_events(event_at);
CREATE INDEX idx_activities_opened ON activities(email_opened) WHERE email_opened = TRUE;
CREATE INDEX idx_activities_clicked ON activities(email_clicked) WHERE email_clicked = TRUE;

-- Trigger to update activity when email_events received
CREATE OR REPLACE FUNCTION update_activity_email_stats()
RETURNS TRIGGER AS $$
BEGIN
    IF NEW.event_type = 'opened' THEN
        UPDATE activities SET
            email_opened = TRUE,
            email_opened_at = COALESCE(email_opened_at, NEW.event_at),
            email_open_count = email_open_count + 1,
            time_to_open_minutes = EXTRACT(EPOCH FROM (NEW.event_at - created_at)) / 60
        WHERE id = NEW.activity_id;
    ELSIF NEW.event_type = 'clicked' THEN
        UPDATE activities SET
            email_clicked = TRUE,
            email_clicked_at = COALESCE(email_clicked_at, NEW.event_at),
            email_click_count = email_click_count + 1,
            time_to_click_minutes = EXTRACT(EPOCH FROM (NEW.event_at - created_at)) / 60
        WHERE id = NEW.activity_id;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER on_email_event
    AFTER INSERT ON email_events
    FOR EACH ROW
    EXECUTE FUNCTION update_activity_email_stats();
-- END VERBATIM

-- The bare-COPY reference: the same rows into a table with no key, index, constraint or trigger.
create table bare_events (
  activity_id uuid, lead_id uuid, client_id uuid, event_type text, event_at timestamptz,
  clicked_url text, provider text, event_key text, user_agent text, ip_address text
);
